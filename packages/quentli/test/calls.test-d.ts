// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Type-level tests of what users write: misspelled keys do not compile
 * (issue 14 §1), typed filters, a page size in a variable and per-call options
 * do, and a caught error narrows to Quentli's error body without a cast (§3).
 */
import { describe, expectTypeOf, it } from "vitest";
import { ApiError, ConflictError, createQuentliClient, isApiError, NotFoundError, type QuentliErrorBody } from "../src/index.js";

const quentli = createQuentliClient({ apiKey: "sk_types" });

describe("typos do not compile", () => {
  it("a misspelled field deep in a write body", () => {
    // @ts-expect-error `emial` (TS2561: did you mean 'email'?)
    void quentli.POST("/v1/customers", { body: { input: { name: "Ana", username: "ana", emial: "ana@example.com" } } });
    // @ts-expect-error `filtre` is not a parameter of the list
    void quentli.GET("/v1/customers", { params: { query: { filtre: { name: "Ana" } } } });
    // @ts-expect-error `maxRetry` is not an option
    void quentli.GET("/v1/payments", { maxRetry: 0 });
    // @ts-expect-error `maxItem` (did you mean 'maxItems'?)
    void quentli.paginate("/v1/invoices", { maxItem: 10 });
  });
});

describe("what users write keeps compiling", () => {
  it("typed filters, a page size in a variable, and per-call options", () => {
    const take: number = 50;
    void quentli.POST("/v1/customers", { body: { input: { name: "Ana", username: "ana", email: "ana@example.com" } } });
    void quentli.GET("/v1/customers", { params: { query: { filter: { name: { contains: "john" }, OR: [{ noPayments: true }] }, orderBy: { createdAt: "desc" }, skip: 0, take } } });
    void quentli.paginate("/v1/invoices", { params: { query: { filter: { isPaid: false }, take } }, maxPages: 3 });
    void quentli.GET("/v1/payments", { maxRetries: 0, timeout: 2_000, signal: AbortSignal.timeout(5_000), headers: { Prefer: "code=200" } });
    void quentli.POST("/v1/payments", { body: { input: { amount: 150000, currency: "MXN", customerId: "cus_1", paymentMethodId: "pm_1" } }, idempotencyKey: "charge-1" });
  });
});

describe("error bodies are typed", () => {
  it("instanceof ConflictError narrows the body to QuentliErrorBody, without a cast", () => {
    const err: unknown = new Error("x");
    if (err instanceof ConflictError) {
      expectTypeOf(err.status).toEqualTypeOf<409>();
      expectTypeOf(err.body).toEqualTypeOf<QuentliErrorBody>();
      expectTypeOf(err.body.message).toEqualTypeOf<string | undefined>();
      // @ts-expect-error no Quentli error body has this field (it used to compile: the body was `any`)
      void err.body.thisFieldDoesNotExist;
    }
    if (err instanceof NotFoundError) expectTypeOf(err.status).toEqualTypeOf<404>();
    if (err instanceof ApiError) expectTypeOf(err.body).toEqualTypeOf<QuentliErrorBody>();
    if (isApiError(err)) expectTypeOf(err.body).toEqualTypeOf<QuentliErrorBody>();
  });
});
