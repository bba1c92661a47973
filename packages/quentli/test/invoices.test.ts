/**
 * Contract test, tag "Invoices": payment requests, reminders, charge retries
 * and the one-call pay link, through createQuentliClient against the mock.
 */
import { describe, expect, it } from "vitest";
import type { InvoiceFilter } from "../src/index.js";
import { contractClient, expectQsParams, ids } from "./support.js";

const { client, requests } = contractClient();

describe("Invoices", () => {
  it("listInvoices: GET /v1/invoices with a typed filter (a Date is sent as ISO 8601), orderBy, skip and take", async () => {
    const filter: InvoiceFilter = { isPaid: false, dueDate: { gte: new Date("2025-01-01T00:00:00.000Z") } };
    const { data, error, response } = await client.GET("/v1/invoices", {
      params: { query: { filter, orderBy: { dueDate: "asc" }, skip: 0, take: 100 } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.[0]?.isPaid).toBe(false);
    expect(data?.[0]?.items?.[0]?.concept?.group?.name).toBe("Colegiaturas"); // lists expand the concept
    expectQsParams(requests.at(-1)!, {
      filter: "isPaid=false&dueDate[gte]=2025-01-01T00:00:00.000Z",
      orderBy: "dueDate=asc",
      skip: 0,
      take: 100,
    });
  });

  it("createInvoice: POST /v1/invoices with a catalog line, an inline line, a modifier and a discount", async () => {
    const input = {
      customerId: ids.customer,
      dueDate: "2025-06-01T00:00:00.000Z",
      collectionMethod: "SEND_REMINDER" as const,
      items: [
        { conceptId: ids.paymentConcept, quantity: 1 },
        {
          concept: { displayName: "Recargo", amount: 15000, currency: "MXN" },
          quantity: 1,
          description: "Recargo por pago tardío",
        },
      ],
      expireDate: null,
      allowOfftimePayment: true,
      modifiers: [{ modifierId: ids.modifier }],
      discounts: [{ discountId: ids.discount }],
      metadata: [{ key: "student_id", value: "ALU-2025-001" }],
    };
    const { data, response } = await client.POST("/v1/invoices", { body: { input } });
    expect(response.status).toBe(201);
    expect(data?.invoice?.id).toBe(ids.invoice);
    expect(data?.invoice.totalAmount).toBe(150000);
    expect(await requests.at(-1)!.json()).toEqual({ input });
  });

  it("getInvoice: GET /v1/invoices/{id}", async () => {
    const { data, response } = await client.GET("/v1/invoices/{id}", { params: { path: { id: ids.invoice } } });
    expect(response.status).toBe(200);
    expect(data?.collectionMethod).toBe("SEND_REMINDER");
    expect(data?.meta).toEqual({ "Ciclo Escolar": "2025-1" });
  });

  it("updateInvoice: PATCH /v1/invoices/{id} switches to automatic collection", async () => {
    const { data, response } = await client.PATCH("/v1/invoices/{id}", {
      params: { path: { id: ids.invoice } },
      body: {
        input: {
          data: {
            dueDate: "2025-06-15T00:00:00.000Z",
            collectionMethod: "AUTOMATIC",
            items: [{ conceptId: ids.paymentConcept, quantity: 2 }],
            meta: { "Ciclo Escolar": "2025-1" },
          },
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.invoice.customerId).toBe(ids.customer);
  });

  it("cancelInvoice: DELETE /v1/invoices/{id} answers the canceled invoice", async () => {
    const { data, response } = await client.DELETE("/v1/invoices/{id}", { params: { path: { id: ids.invoice } } });
    expect(response.status).toBe(200);
    expect(data?.invoice.canceledAt).toBe("2025-01-20T09:00:00.000Z");
    expect(requests.at(-1)!.method).toBe("DELETE");
  });

  it("sendInvoiceReminder: POST /v1/invoices/{id}/reminders over WhatsApp", async () => {
    const { data, response } = await client.POST("/v1/invoices/{id}/reminders", {
      params: { path: { id: ids.invoice } },
      body: { input: { channel: "WHATSAPP" } },
    });
    expect(response.status).toBe(200);
    expect(data?.paymentReminder.invoiceId).toBe(ids.invoice);
    expect(data?.paymentReminder.type).toBe("DUE");
  });

  it("retryInvoicePayment: POST /v1/invoices/{id}/try-payment takes no body", async () => {
    const { data, response } = await client.POST("/v1/invoices/{id}/try-payment", {
      params: { path: { id: ids.invoice } },
    });
    expect(response.status).toBe(200);
    expect(data?.success).toBe(true);
    expect(data?.invoice?.isPaid).toBe(true);
    expect(data?.payment?.status).toBe("COMPLETE");
    expect(await requests.at(-1)!.text()).toBe("");
  });

  it("createInvoicePaymentSession: POST /v1/invoice-payment-sessions creates customer and invoice and answers a pay link", async () => {
    const { data, response } = await client.POST("/v1/invoice-payment-sessions", {
      body: {
        input: {
          customer: {
            name: "Juan Pérez",
            username: "juan_perez_01",
            phoneNumber: "+525512345678",
            email: "juan@example.com",
            metadata: [{ key: "studentId", value: "A-1029" }],
          },
          dueDate: "2025-02-01T06:00:00.000Z",
          items: [{ description: "Colegiatura", amount: 150000, quantity: 1 }],
          expireDate: "2025-03-01T06:00:00.000Z",
          collectionMethod: "SEND_REMINDER",
          metadata: [{ key: "student_id", value: "ALU-2025-001" }],
        },
      },
    });
    expect(response.status).toBe(201);
    expect(data?.url).toBe("https://portal.example.com/al/abc123");
    expect(data?.customer?.username).toBe("juan_perez_01");
    expect(data?.invoice?.id).toBe(ids.invoice);
  });
});
