// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Contract test, tag "Catalog": payment concepts (the products and services
 * an organization charges for) and reusable discounts, through
 * createQuentliClient against the mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, expectQsParams, ids } from "./support.js";

const { client, requests, expectViolations } = contractClient();

describe("Catalog", () => {
  it("createPaymentConcept: POST /v1/payment-concepts with recurrence and SAT data", async () => {
    const input = {
      displayName: "Colegiatura",
      amount: 150000,
      currency: "MXN",
      sku: "COL-PREP-001",
      description: "Colegiatura mensual de preparatoria",
      amountEditable: false,
      quantityEditable: false,
      oneOff: false,
      active: true,
      groupId: null,
      metadata: [{ key: "nivel", value: "preparatoria" }],
      collectionInterval: "MONTH",
      chargeEach: 1,
      toleranceDays: 5,
      recurrentDetail: null,
      taxInfo: { description: "Servicios educativos", productKey: "86121700", unitKey: "E48", unitName: "Unidad de servicio", taxRate: 0, taxability: "01" },
    };
    const { data, error, response } = await client.POST("/v1/payment-concepts", { body: { input } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data?.paymentConcept.id).toBe(ids.paymentConcept);
    expect(data?.paymentConcept.amount).toBe(150000);
    expect(await requests.at(-1)!.json()).toEqual({ input });
  });

  it("getPaymentConcept: GET /v1/payment-concepts/{id}", async () => {
    const { data, response } = await client.GET("/v1/payment-concepts/{id}", { params: { path: { id: ids.paymentConcept } } });
    expect(response.status).toBe(200);
    expect(data?.displayName).toBe("Colegiatura");
    expect(data?.currency).toBe("MXN");
  });

  it("updatePaymentConcept: PATCH /v1/payment-concepts/{id} archives with archivedAt", async () => {
    const { data, response } = await client.PATCH("/v1/payment-concepts/{id}", {
      params: { path: { id: ids.paymentConcept } },
      body: { input: { data: { displayName: "Colegiatura 2025", amount: 155000, archivedAt: "2025-07-01T00:00:00.000Z", meta: null } } },
    });
    expect(response.status).toBe(200);
    expect(data?.paymentConcept.sku).toBe("COL-PREP-001");
    expect(new URL(requests.at(-1)!.url).pathname).toBe(`/v1/payment-concepts/${ids.paymentConcept}`);
  });
});

describe("Catalog: discounts", () => {
  it("listDiscounts: GET /v1/discounts with a typed filter and orderBy", async () => {
    const { data, error, response } = await client.GET("/v1/discounts", {
      params: { query: { filter: { active: true, type: { in: ["FIXED", "PERCENTAGE"] } }, orderBy: { createdAt: "desc" }, skip: 0, take: 100 } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.[0]?.id).toBe(ids.discount);
    expect(data?.[0]?.type).toBe("PERCENTAGE");
    expectQsParams(requests.at(-1)!, { filter: "active=true&type[in][0]=FIXED&type[in][1]=PERCENTAGE", orderBy: "createdAt=desc", skip: 0, take: 100 });
  });

  it("createDiscount: POST /v1/discounts wraps the fields in input", async () => {
    const input = { name: "Buen Fin 20%", type: "PERCENTAGE" as const, description: null, codes: ["BUEN-FIN-2025"], amountOff: null, percentageOff: 20, active: true, oneOff: false, expiresAt: null, maxApplications: null };
    const { data, error, response } = await client.POST("/v1/discounts", { body: { input } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data?.discount.id).toBe(ids.discount);
    expect(await requests.at(-1)!.json()).toEqual({ input });
  });

  it("getDiscount: GET /v1/discounts/{id}", async () => {
    const { data, response } = await client.GET("/v1/discounts/{id}", { params: { path: { id: ids.discount } } });
    expect(response.status).toBe(200);
    expect(data?.name).toBe("Buen Fin 20%");
    expect(data?.percentageOff).toBe(20);
  });

  it("updateDiscount: PATCH /v1/discounts/{id} sends the fields at the top level, not in input.data", async () => {
    const body = { name: "Buen Fin 25%", codes: ["BUEN-FIN-2025"], type: "FIXED" as const, amountOff: 25000, percentageOff: null, expiresAt: "2025-11-18T06:00:00.000Z", maxApplications: 1 };
    const { data, error, response } = await client.PATCH("/v1/discounts/{id}", { params: { path: { id: ids.discount } }, body });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.discount.id).toBe(ids.discount);
    expect(await requests.at(-1)!.json()).toEqual(body);
  });

  it("the mock refuses a discount update wrapped in input.data, as every other update is", async () => {
    expectViolations(/input|additional/i);
    const { response } = await client.PATCH("/v1/discounts/{id}", {
      params: { path: { id: ids.discount } },
      // @ts-expect-error the discount update is the one Quentli update without the input.data wrapper
      body: { input: { data: { name: "Buen Fin 25%" } } },
    });
    expect(response.status).toBe(422);
  });
});
