/**
 * Contract test, tag "Tax Invoices": CFDI tax invoices and their cancellation,
 * through createQuentliClient against the mock.
 */
import { describe, expect, it } from "vitest";
import type { TaxInvoiceFilter, TaxInvoiceOrderBy } from "../src/index.js";
import { contractClient, expectQsParams, ids } from "./support.js";

const { client, requests } = contractClient();

describe("Tax Invoices", () => {
  it("listTaxInvoices: GET /v1/tax-invoices with a typed filter, orderBy, skip and take", async () => {
    const filter: TaxInvoiceFilter = { status: "VALID", createdAt: { gte: "2025-01-01T00:00:00.000Z" } };
    const orderBy: TaxInvoiceOrderBy = { createdAt: "desc" };
    const { data, error, response } = await client.GET("/v1/tax-invoices", {
      params: { query: { filter, orderBy, skip: 0, take: 20 } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.[0]?.status).toBe("VALID");
    expect(data?.[0]?.uuid).toBe("5FB2822E-396D-4725-8521-CDC4BDD20CCF");
    expectQsParams(requests.at(-1)!, {
      filter: "status=VALID&createdAt[gte]=2025-01-01T00:00:00.000Z",
      orderBy: "createdAt=desc",
      skip: 0,
      take: 20,
    });
  });

  it("createTaxInvoice: POST /v1/tax-invoices issues a PUE CFDI for an invoice", async () => {
    const input = {
      invoiceId: ids.invoice,
      date: "2025-01-15T18:30:00.000Z",
      isPublicInvoice: false,
      type: "TAX_INVOICE_PUE" as const,
      customerTaxInfoId: ids.taxProfile,
    };
    const { data, response } = await client.POST("/v1/tax-invoices", { body: { input } });
    expect(response.status).toBe(201);
    expect(data?.createdTaxInvoice.type).toBe("TAX_INVOICE_PUE");
    expect(data?.createdTaxInvoice.invoiceId).toBe(ids.invoice);
    expect(await requests.at(-1)!.json()).toEqual({ input });
  });

  it("getTaxInvoice: GET /v1/tax-invoices/{id}", async () => {
    const { data, response } = await client.GET("/v1/tax-invoices/{id}", { params: { path: { id: ids.taxInvoice } } });
    expect(response.status).toBe(200);
    expect(data?.folio).toBe("1029");
    expect(data?.cancellationStatus).toBe("none");
  });

  it("cancelTaxInvoice: POST /v1/tax-invoices/{id}/cancel with SAT motive 02", async () => {
    const { data, response } = await client.POST("/v1/tax-invoices/{id}/cancel", {
      params: { path: { id: ids.taxInvoice } },
      body: { input: { motive: "02" } },
    });
    expect(response.status).toBe(200);
    expect(data?.canceledTaxInvoice.status).toBe("PENDING_CANCELLATION");
    expect(data?.canceledTaxInvoice.cancellationMotive).toBe("02");
    expect(new URL(requests.at(-1)!.url).pathname).toBe(`/v1/tax-invoices/${ids.taxInvoice}/cancel`);
  });
});
