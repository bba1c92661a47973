/**
 * Contract test, tag "Subscriptions": recurring billing plans, through
 * createQuentliClient against the mock.
 */
import { describe, expect, it } from "vitest";
import type { SubscriptionFilter } from "../src/index.js";
import { contractClient, expectQsParams, ids } from "./support.js";

const { client, requests } = contractClient();

describe("Subscriptions", () => {
  it("listSubscriptions: GET /v1/subscriptions with a typed filter, orderBy, skip and take", async () => {
    const filter: SubscriptionFilter = { isActive: { equals: true } };
    const { data, error, response } = await client.GET("/v1/subscriptions", {
      params: { query: { filter, orderBy: { nextCollectionDate: "asc" }, skip: 0, take: 50 } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.[0]?.status).toBe("ACTIVE");
    expect(data?.[0]?.metadata).toEqual({ Nivel: "Preparatoria" }); // a flat map here, unlike customers
    expectQsParams(requests.at(-1)!, {
      filter: "isActive[equals]=true",
      orderBy: "nextCollectionDate=asc",
      skip: 0,
      take: 50,
    });
  });

  it("createSubscription: POST /v1/subscriptions for twelve monthly payments", async () => {
    const input = {
      customerId: ids.customer,
      collectionMethod: "SEND_REMINDER" as const,
      description: "Colegiatura mensual",
      nextCollectionDate: "2025-06-01T00:00:00.000Z",
      numberOfPayments: 12,
      onlyAutomaticCollection: false,
      paymentMethodId: null,
      modifiers: [{ modifierId: ids.modifier }],
      discounts: [{ discountId: ids.discount, maxInvoices: 3 }],
      invoices: [
        {
          items: [{ conceptId: ids.paymentConcept, quantity: 1 }],
          dueDate: "2025-06-01T00:00:00.000Z",
          expireDate: null,
        },
      ],
      items: [{ conceptId: ids.paymentConcept, quantity: 1 }],
    };
    const { data, response } = await client.POST("/v1/subscriptions", { body: { input } });
    expect(response.status).toBe(201);
    expect(data?.subscription.id).toBe(ids.subscription);
    expect(data?.subscription.isActive).toBe(true);
    expect(await requests.at(-1)!.json()).toEqual({ input });
  });

  it("getSubscription: GET /v1/subscriptions/{id}", async () => {
    const { data, response } = await client.GET("/v1/subscriptions/{id}", {
      params: { path: { id: ids.subscription } },
    });
    expect(response.status).toBe(200);
    expect(data?.generationMode).toBe("AUTO");
    expect(data?.nextCollectionDate).toBe("2025-06-01T00:00:00.000Z");
  });

  it("updateSubscription: PATCH /v1/subscriptions/{id} switches to automatic collection", async () => {
    const { data, response } = await client.PATCH("/v1/subscriptions/{id}", {
      params: { path: { id: ids.subscription } },
      body: {
        input: {
          data: {
            collectionMethod: "AUTOMATIC",
            onlyAutomaticCollection: true,
            nextCollectionDate: "2025-07-01T00:00:00.000Z",
            items: [
              {
                conceptId: ids.paymentConcept,
                quantity: 1,
                amount: 150000,
                currency: "MXN",
                description: "Colegiatura",
              },
            ],
          },
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.subscription.customerId).toBe(ids.customer);
  });

  it("cancelSubscription: DELETE /v1/subscriptions/{id} with a reason in the body", async () => {
    const body = { input: { customCancelReason: "El alumno se dio de baja" } };
    const { data, response } = await client.DELETE("/v1/subscriptions/{id}", {
      params: { path: { id: ids.subscription } },
      body,
    });
    expect(response.status).toBe(200);
    expect(data?.subscription.isActive).toBe(false);
    expect(data?.subscription.customCancelReason).toBe("El alumno se dio de baja");
    expect(requests.at(-1)!.method).toBe("DELETE");
    expect(await requests.at(-1)!.json()).toEqual(body);
  });
});
