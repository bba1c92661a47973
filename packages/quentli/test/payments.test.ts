/**
 * Contract test, tags "Payments" and "Payment Methods": payments received,
 * direct charges against a saved method, and deleting a saved method, through
 * createQuentliClient against the mock.
 */
import { describe, expect, it } from "vitest";
import type { PaymentFilter, PaymentOrderBy } from "../src/index.js";
import { contractClient, expectQsParams, ids } from "./support.js";

const { client, requests } = contractClient();

describe("Payments", () => {
  it("listPayments: GET /v1/payments with a typed filter, orderBy, skip and take", async () => {
    const filter: PaymentFilter = { isCompleted: true, type: { equals: "CARD" } };
    const orderBy: PaymentOrderBy = { createdAt: "desc" };
    const { data, error, response } = await client.GET("/v1/payments", {
      params: { query: { filter, orderBy, skip: 40, take: 20 } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.[0]?.type).toBe("CARD");
    expect(data?.[0]?.items?.[0]?.concept?.displayName).toBe("Colegiatura");
    expectQsParams(requests.at(-1)!, {
      filter: "isCompleted=true&type[equals]=CARD",
      orderBy: "createdAt=desc",
      skip: 40,
      take: 20,
    });
  });

  it("createPayment: POST /v1/payments charges a saved card at once", async () => {
    const input = {
      amount: 150000,
      currency: "MXN",
      description: "Colegiatura Enero 2025",
      customerId: ids.customer,
      paymentMethodId: ids.paymentMethod,
      meta: { folio: "A-1029-01" },
      makeAttempt: true,
    };
    const { data, response } = await client.POST("/v1/payments", { body: { input } });
    expect(response.status).toBe(200);
    expect(data?.attempt?.success).toBe(true);
    expect(data?.attempt?.errorType).toBeNull();
    expect(data?.payment.paymentMethodId).toBe(ids.paymentMethod);
    expect(data?.customer?.id).toBe(ids.customer);
    expect(await requests.at(-1)!.json()).toEqual({ input });
  });

  it("getPayment: GET /v1/payments/{id}", async () => {
    const { data, response } = await client.GET("/v1/payments/{id}", { params: { path: { id: ids.payment } } });
    expect(response.status).toBe(200);
    expect(data?.amount).toBe(150000);
    expect(data?.isCompleted).toBe(true);
  });
});

describe("Payment Methods", () => {
  it("deletePaymentMethod: DELETE /v1/payment-methods/{id} answers the deleted method", async () => {
    const { data, response } = await client.DELETE("/v1/payment-methods/{id}", {
      params: { path: { id: ids.paymentMethod } },
    });
    expect(response.status).toBe(200);
    expect(data?.paymentMethod.id).toBe(ids.paymentMethod);
    expect(data?.paymentMethod.cardDetail?.brand).toBe("visa");
    expect(new URL(requests.at(-1)!.url).pathname).toBe(`/v1/payment-methods/${ids.paymentMethod}`);
  });
});
