/**
 * Not found is null: every get-by-id answers 200 with a `null` body when the
 * record does not exist. The mock serves the spec's `notFound` example when
 * asked with `Prefer: example=notFound`; the client must hand that back as
 * `data === null`, not as an error, in both default and throwing mode.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids } from "./support.js";

const { client, throwing, requests } = contractClient();
const notFound = { Prefer: "example=notFound" };

const getters = [
  [
    "getCustomer",
    () => client.GET("/v1/customers/{id}", { params: { path: { id: ids.customer } }, headers: notFound }),
  ],
  [
    "getPaymentConcept",
    () => client.GET("/v1/payment-concepts/{id}", { params: { path: { id: ids.paymentConcept } }, headers: notFound }),
  ],
  ["getInvoice", () => client.GET("/v1/invoices/{id}", { params: { path: { id: ids.invoice } }, headers: notFound })],
  ["getPayment", () => client.GET("/v1/payments/{id}", { params: { path: { id: ids.payment } }, headers: notFound })],
  [
    "getPaymentSession",
    () => client.GET("/v1/payment-sessions/{id}", { params: { path: { id: ids.paymentSession } }, headers: notFound }),
  ],
  [
    "getSubscription",
    () => client.GET("/v1/subscriptions/{id}", { params: { path: { id: ids.subscription } }, headers: notFound }),
  ],
  [
    "getTaxInvoice",
    () => client.GET("/v1/tax-invoices/{id}", { params: { path: { id: ids.taxInvoice } }, headers: notFound }),
  ],
  [
    "getDiscount",
    () => client.GET("/v1/discounts/{id}", { params: { path: { id: ids.discount } }, headers: notFound }),
  ],
] as const;

describe("a missing record is 200 with null", () => {
  it.each(getters)("%s: data is null, error is undefined, status is 200", async (_name, get) => {
    const { data, error, response } = await get();
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toBeNull();
    expect(requests.at(-1)!.headers.get("prefer")).toBe("example=notFound");
  });

  it("without the Prefer header the same call answers the found example", async () => {
    const { data } = await client.GET("/v1/customers/{id}", { params: { path: { id: ids.customer } } });
    expect(data).not.toBeNull();
    expect(data?.id).toBe(ids.customer);
  });

  it("throwing mode does not throw: null is a valid answer", async () => {
    const { data, response } = await throwing.GET("/v1/invoices/{id}", {
      params: { path: { id: ids.invoice } },
      headers: notFound,
    });
    expect(response.status).toBe(200);
    expect(data).toBeNull();
    const customer = await throwing.GET("/v1/customers/{id}", {
      params: { path: { id: ids.customer } },
      headers: notFound,
    });
    expect(customer.data).toBeNull();
    expect(customer.error).toBeUndefined();
  });

  it("a caller narrows null away before reading fields", async () => {
    const { data: subscription } = await throwing.GET("/v1/subscriptions/{id}", {
      params: { path: { id: ids.subscription } },
      headers: notFound,
    });
    const status = subscription === null ? "missing" : subscription.status;
    expect(status).toBe("missing");
  });
});
