// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Type-level tests of what users write: misspelled keys do not compile
 * (issue 14 §1) while path defaults (`accountId`, `inboxIdentifier`), a page
 * size in a variable and per-call options do; a caught error narrows to the
 * union of Voxys' error bodies, or none (§3).
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  ApiError,
  createVoxysClient,
  createVoxysPublicClient,
  NotFoundError,
  UnprocessableEntityError,
  type VoxysErrorBody,
} from "../src/index.js";

const voxys = createVoxysClient({ apiKey: "types", accountId: 1 });
const visitor = createVoxysPublicClient({ inboxIdentifier: "inbox" });

describe("typos do not compile", () => {
  it("in the params, the body, the options and paginate", () => {
    // @ts-expect-error `parmas` (did you mean 'params'?)
    void voxys.GET("/api/v1/accounts/{account_id}/leads/{id}", { parmas: { path: { id: 42 } } });
    // @ts-expect-error `per_pgae` is not a parameter
    void voxys.GET("/api/v1/accounts/{account_id}/leads", { params: { query: { per_pgae: 25 } } });
    // @ts-expect-error `nmae` (did you mean 'name'?)
    void voxys.POST("/api/v1/accounts/{account_id}/companies", { body: { nmae: "Acme Corp" } });
    // @ts-expect-error `timout` (did you mean 'timeout'?)
    void voxys.GET("/api/v1/accounts/{account_id}/leads", { timout: 1000 });
    // @ts-expect-error `maxItem` (did you mean 'maxItems'?)
    void voxys.paginate("/api/v1/accounts/{account_id}/leads", { maxItem: 10 });
    // @ts-expect-error `contact_identifer` in the path of the public client
    void visitor.GET("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}", { params: { path: { contact_identifer: "c" } } });
  });
});

describe("what users write keeps compiling", () => {
  it("path defaults, a page size in a variable, per-call options and parseAs", async () => {
    const perPage: number = 50;
    void voxys.GET("/api/v1/accounts/{account_id}/leads", { params: { query: { per_page: perPage } }, maxRetries: 0, timeout: 2_000, headers: { "X-Trace": "1" } });
    void voxys.GET("/api/v1/accounts/{account_id}/leads/{id}", { params: { path: { id: 42 } }, signal: AbortSignal.timeout(5_000) });
    void voxys.POST("/api/v1/accounts/{account_id}/companies", { body: { name: "Acme Corp" }, idempotencyKey: "acme" });
    void voxys.paginate("/api/v1/accounts/{account_id}/leads", { params: { query: { per_page: perPage } }, maxItems: 100 });
    void visitor.GET("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}", { params: { path: { contact_identifier: "c" } } });
    const { data } = await voxys.GET("/api/v2/accounts/{account_id}/outbound_reports/export_csv", { parseAs: "text" });
    expectTypeOf(data).toEqualTypeOf<string | undefined>();
  });
});

describe("error bodies are typed", () => {
  it("a caught error narrows to the union of Voxys' error bodies (some statuses have none)", () => {
    const err: unknown = new Error("x");
    if (err instanceof UnprocessableEntityError) {
      expectTypeOf(err.status).toEqualTypeOf<422>();
      expectTypeOf(err.body).toEqualTypeOf<VoxysErrorBody | undefined>();
      // @ts-expect-error the body may be absent, and `errors` is not in every error body: narrow first
      void err.body.errors;
      if (err.body && "errors" in err.body) expectTypeOf(err.body.errors).not.toBeAny();
      // @ts-expect-error no Voxys error body has this field
      if (err.body && "error" in err.body) void err.body.mesage;
    }
    if (err instanceof NotFoundError) expectTypeOf(err.status).toEqualTypeOf<404>();
    if (err instanceof ApiError) expectTypeOf(err.body).toEqualTypeOf<VoxysErrorBody | undefined>();
  });
});
