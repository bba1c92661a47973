// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Type-level tests of what users write: misspelled keys do not compile
 * (issue 14 §1), per-call options and a page size in a variable do, and a
 * caught error narrows to the union of CareCycle's error bodies (§3).
 */
import { describe, expectTypeOf, it } from "vitest";
import { ApiError, type CarecycleErrorBody, createCarecycleClient, RateLimitError, UnprocessableEntityError } from "../src/index.js";

const carecycle = createCarecycleClient({ apiKey: "cc_types" });
const id = "497f6eca-6276-4993-bfeb-53cbbbba6f08";

describe("typos do not compile", () => {
  it("in the params, a body field, the options and paginate", () => {
    // @ts-expect-error `parmas` (did you mean 'params'?)
    void carecycle.GET("/v2/customers/{id}", { parmas: { path: { id } } });
    // @ts-expect-error `phoneNumbr` (did you mean 'phoneNumber'?)
    void carecycle.POST("/v2/leads/upload", { body: { records: [{ phoneNumbr: "+13128471928", postalCode: "85204" }] } });
    // @ts-expect-error `maxRetry` is not an option
    void carecycle.GET("/v2/campaigns", { maxRetry: 0 });
    // @ts-expect-error `maxItem` (did you mean 'maxItems'?)
    void carecycle.paginate("/v2/customers", { maxItem: 10 });
  });
});

describe("what users write keeps compiling", () => {
  it("a page size in a variable and per-call options", () => {
    const limit: number = 100;
    void carecycle.GET("/v2/customers", { params: { query: { limit, status: "Lead" } }, maxRetries: 0, timeout: 2_000, signal: AbortSignal.timeout(5_000), headers: { Prefer: "code=200" } });
    void carecycle.POST("/v2/leads/upload", { body: { records: [{ phoneNumber: "+13128471928", postalCode: "85204" }] }, idempotencyKey: "batch-1" });
    void carecycle.paginate("/v2/customers", { params: { query: { limit } }, maxPages: 2 });
  });
});

describe("error bodies are typed", () => {
  it("instanceof narrows to CareCycle's error bodies and literal statuses, without a cast", () => {
    const err: unknown = new Error("x");
    if (err instanceof UnprocessableEntityError) {
      expectTypeOf(err.status).toEqualTypeOf<422>();
      expectTypeOf(err.body).toEqualTypeOf<CarecycleErrorBody>();
      expectTypeOf(err.body.message).toEqualTypeOf<string>();
      if ("errors" in err.body) expectTypeOf(err.body.errors).not.toBeAny();
      // @ts-expect-error no CareCycle error body has this field
      void err.body.detail;
    }
    if (err instanceof RateLimitError) expectTypeOf(err.retryAfter).toEqualTypeOf<number | undefined>();
    if (err instanceof ApiError) expectTypeOf(err.body).toEqualTypeOf<CarecycleErrorBody>();
  });
});
