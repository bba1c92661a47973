/**
 * The five filter examples from Quentli's docs, round trip: typed object →
 * the exact documented qs string → one URL-encoded parameter → back.
 */
import { parse } from "qs-esm";
import { describe, expect, it } from "vitest";
import type {
  CustomerFilter,
  InvoiceFilter,
  PaymentFilter,
  SubscriptionFilter,
  TaxInvoiceFilter,
} from "../src/filters.js";
import { encodeQs, serializeQuery } from "../src/query.js";

const customer: CustomerFilter = { name: { contains: "john" }, OR: [{ noPayments: true }] };
const invoice: InvoiceFilter = { isPaid: false, dueDate: { gte: new Date("2025-01-01T00:00:00.000Z") } };
const payment: PaymentFilter = { isCompleted: true, type: { equals: "CARD" } };
const subscription: SubscriptionFilter = { isActive: { equals: true } };
const taxInvoice: TaxInvoiceFilter = { status: "VALID", createdAt: { gte: "2025-01-01T00:00:00.000Z" } };

const documented: [string, object, string, unknown][] = [
  [
    "customers",
    customer,
    "name[contains]=john&OR[0][noPayments]=true",
    { name: { contains: "john" }, OR: [{ noPayments: "true" }] },
  ],
  [
    "invoices",
    invoice,
    "isPaid=false&dueDate[gte]=2025-01-01T00:00:00.000Z",
    { isPaid: "false", dueDate: { gte: "2025-01-01T00:00:00.000Z" } },
  ],
  ["payments", payment, "isCompleted=true&type[equals]=CARD", { isCompleted: "true", type: { equals: "CARD" } }],
  ["subscriptions", subscription, "isActive[equals]=true", { isActive: { equals: "true" } }],
  [
    "tax invoices",
    taxInvoice,
    "status=VALID&createdAt[gte]=2025-01-01T00:00:00.000Z",
    { status: "VALID", createdAt: { gte: "2025-01-01T00:00:00.000Z" } },
  ],
];

describe("documented filter examples", () => {
  it.each(documented)("%s: encodes to the documented string and parses back", (_name, filter, text, parsed) => {
    expect(encodeQs(filter)).toBe(text);
    expect(parse(text)).toEqual(parsed);
  });

  it.each(documented)("%s: travels as one URL-encoded parameter value", (_name, filter, text) => {
    const query = serializeQuery({ skip: 0, take: 20, filter });
    expect(query).toBe(`skip=0&take=20&filter=${encodeURIComponent(text)}`);
    expect(new URLSearchParams(query).get("filter")).toBe(text);
    expect([...new URLSearchParams(query).keys()]).toEqual(["skip", "take", "filter"]);
  });
});

describe("orderBy", () => {
  it("encodes { createdAt: 'desc' } as createdAt=desc", () => {
    expect(serializeQuery({ orderBy: { createdAt: "desc" } })).toBe("orderBy=createdAt%3Ddesc");
  });
});

describe("values that look like qs syntax", () => {
  it("escapes & = [ ] + % # inside values so the server reads them back intact", () => {
    const filter = { name: { contains: "A&B=C [x] 50% +1 #2" } };
    const text = new URLSearchParams(serializeQuery({ filter })).get("filter") ?? "";
    expect(parse(text)).toEqual(filter);
  });

  it("passes a string filter through unchanged, and leaves out undefined and null", () => {
    expect(serializeQuery({ filter: "isPaid=false", orderBy: undefined, skip: null })).toBe("filter=isPaid%3Dfalse");
  });
});
