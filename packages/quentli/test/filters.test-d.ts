// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Type-level tests: filters and orderBy are typed per resource.
 */
import { describe, it } from "vitest";
import { createQuentliClient } from "../src/index.js";

const client = createQuentliClient({ apiKey: "sk_types" });

describe("Quentli filter types", () => {
  it("accepts documented filters and orderBy objects", () => {
    void client.GET("/v1/customers", { params: { query: { filter: { name: { contains: "john" }, OR: [{ noPayments: true }] }, orderBy: { createdAt: "desc" } } } });
    void client.GET("/v1/invoices", { params: { query: { filter: { isPaid: false, dueDate: { gte: new Date() } } } } });
    void client.GET("/v1/tax-invoices", { params: { query: { filter: { status: "VALID" }, take: 100 } } });
    void client.paginate("/v1/payments", { params: { query: { filter: { isCompleted: true, type: { equals: "CARD" } } } } });
    void client.GET("/v1/discounts", { params: { query: { filter: { active: { equals: true }, type: "FIXED" }, orderBy: { createdAt: "desc" } } } });
  });

  it("rejects fields and operators a resource does not have", () => {
    // @ts-expect-error noPayments is a customer filter, not an invoice one
    void client.GET("/v1/invoices", { params: { query: { filter: { noPayments: true } } } });
    // @ts-expect-error contains is not an operator of a boolean field
    void client.GET("/v1/subscriptions", { params: { query: { filter: { isActive: { contains: "x" } } } } });
    // @ts-expect-error not a tax invoice status
    void client.GET("/v1/tax-invoices", { params: { query: { filter: { status: "PAID" } } } });
    // @ts-expect-error sort direction must be asc or desc
    void client.GET("/v1/customers", { params: { query: { orderBy: { createdAt: "down" } } } });
    // @ts-expect-error not a discount type
    void client.GET("/v1/discounts", { params: { query: { filter: { type: "AMOUNT" } } } });
    // @ts-expect-error `tkae` is not a parameter (take is typed as a number; 1 to 100 is checked before the request)
    void client.GET("/v1/customers", { params: { query: { tkae: 101 } } });
  });

  it("accepts a ready-made qs string and Prisma-style operators, and rejects misshapen combinators and sort fields", () => {
    void client.GET("/v1/invoices", { params: { query: { filter: "isPaid=false", orderBy: "createdAt=desc" } } });
    void client.GET("/v1/customers", { params: { query: { filter: { AND: [{ email: { endsWith: "@example.com" } }], NOT: { email: { endsWith: "@test.example" } } } } } });
    void client.GET("/v1/payments", { params: { query: { filter: { amount: { gte: 100000 }, status: { in: ["COMPLETE", "INITIATED"] } } } } });
    // @ts-expect-error OR takes a list of filters, not one
    void client.GET("/v1/customers", { params: { query: { filter: { OR: { noPayments: true } } } } });
    // @ts-expect-error payments have no dueDate to sort by
    void client.GET("/v1/payments", { params: { query: { orderBy: { dueDate: "asc" } } } });
    // @ts-expect-error amount is a number, so gte takes a number
    void client.GET("/v1/payments", { params: { query: { filter: { amount: { gte: "100000" } } } } });
  });
});
