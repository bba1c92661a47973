/**
 * Contract test, tag "Catalog": payment concepts (the products and services
 * an organization charges for), through createQuentliClient against the mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids } from "./support.js";

const { client, requests } = contractClient("Catalog");

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
