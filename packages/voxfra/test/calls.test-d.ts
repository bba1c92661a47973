// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Type-level tests of what users write: misspelled keys anywhere in a call do
 * not compile (issue 14 §1), correct calls and per-call options do, and a
 * caught error narrows to Voxfra's error body without a cast (§3).
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  type components,
  ConflictError,
  createVoxfraClient,
  isApiError,
  NotFoundError,
  RateLimitError,
  type VoxfraApiError,
  type VoxfraErrorBody,
} from "../src/index.js";
import * as core from "@voiceapis/core";

const voxfra = createVoxfraClient({ apiKey: "vox_mgmt_types" });
const throwing = createVoxfraClient({ apiKey: "vox_mgmt_types", throwOnError: true });

describe("typos do not compile", () => {
  it("a misspelled or misplaced key of the init", () => {
    // @ts-expect-error `parmas` (TS2561: did you mean 'params'?)
    void voxfra.GET("/v1/customers", { parmas: { query: { customer_status: "new" } } });
    // @ts-expect-error `query` belongs inside `params`
    void voxfra.GET("/v1/customers", { query: { customer_status: "new", limit: 10 } });
    // @ts-expect-error `maxRetry` and `timeOut` are not options
    void voxfra.GET("/v1/calls", { maxRetry: 0, timeOut: 2000 });
    // @ts-expect-error `timeOut` alone (did you mean 'timeout'?)
    void voxfra.GET("/v1/calls", { timeOut: 2000 });
    // @ts-expect-error `idempotency_key` is spelled idempotencyKey
    void voxfra.POST("/v1/clients", { body: { name: "ABC", type: "automotive", subscription_plan: "Pro" }, idempotency_key: "k" });
  });

  it("a misspelled body field, query parameter or paginate limit", () => {
    // @ts-expect-error `contact_mail` (TS2561: did you mean 'contact_email'?)
    void voxfra.POST("/v1/clients", { body: { name: "ABC", type: "automotive", subscription_plan: "Pro", contact_mail: "a@b.c" } });
    // @ts-expect-error `customer_stauts` is not a query parameter
    void voxfra.GET("/v1/customers", { params: { query: { customer_stauts: "new" } } });
    // @ts-expect-error `maxItem` (TS2561: did you mean 'maxItems'?)
    void voxfra.paginate("/v1/customers", { maxItem: 10 });
    // @ts-expect-error `maxPage` (did you mean 'maxPages'?)
    void voxfra.paginate("/v1/calls", { maxPages: 2, maxPage: 3 });
  });

  it("the same mistakes in throwing mode", () => {
    // @ts-expect-error `parmas`
    void throwing.GET("/v1/customers", { parmas: {} });
    // @ts-expect-error `contact_mail`
    void throwing.POST("/v1/clients", { body: { name: "ABC", type: "automotive", subscription_plan: "Pro", contact_mail: "a@b.c" } });
  });
});

describe("what users write keeps compiling", () => {
  it("correct calls, with and without an init", async () => {
    void voxfra.GET("/v1/auth/me");
    void voxfra.GET("/v1/customers", { params: { query: { customer_status: "new", limit: 50 } } });
    void voxfra.POST("/v1/clients", { body: { name: "ABC", type: "automotive", subscription_plan: "Pro", contact_email: "a@b.c" } });
    const body: components["schemas"]["CreateClientRequest"] = { name: "ABC", type: "automotive", subscription_plan: "Pro" };
    void voxfra.POST("/v1/clients", { body });
    const { data } = await voxfra.GET("/v1/calls/{id}/evaluations", { params: { path: { id: "11111111-1111-1111-1111-111111111111" } } });
    expectTypeOf(data).not.toBeAny();
  });

  it("per-call options: maxRetries, timeout, idempotencyKey, signal, headers", () => {
    const controller = new AbortController();
    void voxfra.GET("/v1/calls", { maxRetries: 0, timeout: 2000, signal: controller.signal, headers: { "X-Trace": "1" } });
    void voxfra.POST("/v1/clients", { body: { name: "ABC", type: "automotive", subscription_plan: "Pro" }, idempotencyKey: "create-abc" });
    void voxfra.paginate("/v1/calls", { maxItems: 10, maxPages: 2, timeout: 5000, signal: controller.signal });
    // @ts-expect-error per call, `fetch` would go around retries and timeouts: set it on the client
    void voxfra.GET("/v1/calls", { fetch: (request: Request) => fetch(request) });
    // @ts-expect-error per call, `baseUrl` would send the key to another host: set it on the client
    void voxfra.GET("/v1/calls", { baseUrl: "https://elsewhere.example" });
  });

  it("an init built beforehand, and a page size in a variable", () => {
    const pageSize: number = 50;
    const init = { params: { query: { limit: pageSize } }, maxRetries: 1 };
    void voxfra.GET("/v1/calls", init);
  });
});

describe("error bodies are typed", () => {
  it("instanceof a status class from the vendor package narrows body and status", () => {
    const err: unknown = new Error("x");
    if (err instanceof ConflictError) {
      expectTypeOf(err.body).toEqualTypeOf<VoxfraErrorBody>();
      expectTypeOf(err.status).toEqualTypeOf<409>();
      // @ts-expect-error no Voxfra error body has this field
      void err.body.thisFieldDoesNotExist;
    }
    if (err instanceof NotFoundError) expectTypeOf(err.status).toEqualTypeOf<404>();
    if (err instanceof AuthenticationError) expectTypeOf(err.body.error).toEqualTypeOf<string>();
    if (err instanceof RateLimitError) {
      expectTypeOf(err.status).toEqualTypeOf<429>();
      expectTypeOf(err.retryAfter).toEqualTypeOf<number | undefined>();
    }
    if (err instanceof ApiError) {
      expectTypeOf(err).toEqualTypeOf<VoxfraApiError>();
      expectTypeOf(err.status).toEqualTypeOf<number>();
    }
    if (isApiError(err)) expectTypeOf(err.body).toEqualTypeOf<VoxfraErrorBody>();
  });

  it("core's own classes narrow to an unknown body, never any", () => {
    const err: unknown = new Error("x");
    if (err instanceof core.ConflictError) {
      expectTypeOf(err.body).toEqualTypeOf<unknown>();
      expectTypeOf(err.status).toEqualTypeOf<409>();
    }
  });

  it("errors thrown by paginate narrow the same way", async () => {
    try {
      for await (const customer of voxfra.paginate("/v1/customers", { maxItems: 5 })) void customer.id;
    } catch (err) {
      if (err instanceof NotFoundError) expectTypeOf(err.body).toEqualTypeOf<VoxfraErrorBody>();
      // @ts-expect-error a caught value is unknown until narrowed
      void err.body;
    }
  });
});
