// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Type-level tests: bodies, paths and answers are typed from the spec; a
 * get-by-id answer includes `null`; webhook payloads are typed too.
 */
import { describe, expectTypeOf, it } from "vitest";
import { type components, createQuentliClient, type webhooks } from "../src/index.js";

type Schemas = components["schemas"];
const client = createQuentliClient({ apiKey: "sk_types" });
const throwing = createQuentliClient({ apiKey: "sk_types", throwOnError: true });

describe("Quentli request types", () => {
  it("rejects missing required body fields, unknown enum values, wrong paths and non-list pagination", () => {
    // @ts-expect-error username is required to create a customer
    void client.POST("/v1/customers", { body: { input: { name: "Juan Pérez" } } });
    // @ts-expect-error the fields must be wrapped in input
    void client.POST("/v1/customers", { body: { name: "Juan Pérez", username: "juan" } });
    // @ts-expect-error an update wraps the fields in input.data
    void client.PATCH("/v1/invoices/{id}", { params: { path: { id: "inv_1" } }, body: { input: { dueDate: "2025-06-15T00:00:00.000Z" } } });
    void client.POST("/v1/invoices", {
      // @ts-expect-error not a collection method
      body: { input: { customerId: "cus_1", dueDate: "2025-06-01T00:00:00.000Z", items: [{ quantity: 1 }], collectionMethod: "EMAIL" } },
    });
    // @ts-expect-error the customer id is a required path parameter
    void client.GET("/v1/customers/{customerId}/payment_methods");
    // @ts-expect-error payment concepts have no list operation
    void client.GET("/v1/payment-concepts", {});
    // @ts-expect-error the payment-methods list takes no skip/take, so it has no paginator
    void client.paginate("/v1/customers/{customerId}/payment_methods");
  });
});

describe("Quentli answer types", () => {
  it("a get-by-id answer may be null, in default and in throwing mode", async () => {
    const { data } = await client.GET("/v1/customers/{id}", { params: { path: { id: "cus_1" } } });
    expectTypeOf(data).toEqualTypeOf<Schemas["Customer"] | null | undefined>();
    const thrown = await throwing.GET("/v1/tax-invoices/{id}", { params: { path: { id: "txi_1" } } });
    expectTypeOf(thrown.data).toEqualTypeOf<Schemas["TaxInvoice"] | null>();
  });

  it("lists are bare arrays and paginate yields their items", async () => {
    const { data } = await client.GET("/v1/invoices");
    expectTypeOf(data).toEqualTypeOf<Schemas["Invoice"][] | undefined>();
    for await (const payment of client.paginate("/v1/payments")) expectTypeOf(payment).toEqualTypeOf<Schemas["Payment"]>();
  });

  it("writes answer the record under a named key", async () => {
    const { data } = await throwing.POST("/v1/tax-invoices", { body: { input: { invoiceId: "inv_1" } } });
    expectTypeOf(data.createdTaxInvoice.status).toEqualTypeOf<"VALID" | "CANCELED" | "PENDING" | "DRAFT" | "PENDING_CANCELLATION" | "FAILED">();
  });
});

describe("Quentli webhook types", () => {
  it("types each event's body and narrows on eventType", () => {
    type InvoiceCreated = webhooks["INVOICE_CREATED"]["post"]["requestBody"]["content"]["application/json"];
    expectTypeOf<InvoiceCreated>().toEqualTypeOf<Schemas["InvoiceCreatedEvent"]>();
    type Event =
      | Schemas["InvoiceCreatedEvent"]
      | Schemas["InvoiceUpdatedEvent"]
      | Schemas["InvoicePaidEvent"]
      | Schemas["PaymentAttemptSucceededEvent"]
      | Schemas["PaymentAttemptFailedEvent"]
      | Schemas["PaymentMethodCreatedEvent"];
    const handle = (event: Event) => {
      if (event.eventType === "INVOICE_PAID") expectTypeOf(event.data.invoiceId).toEqualTypeOf<string>();
      // @ts-expect-error not one of the six documented events
      if (event.eventType === "INVOICE_DELETED") return;
    };
    void handle;
  });
});
