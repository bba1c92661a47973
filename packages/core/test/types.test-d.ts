// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Type-level tests of the call types on a small hand-written `paths`: a
 * misspelled key anywhere in a call does not compile, while correct calls,
 * per-call options, `parseAs`, path defaults and multipart serializers do; the
 * status classes carry literal statuses and never an `any` body.
 */
import { describe, expectTypeOf, it } from "vitest";
import { type ApiError, ConflictError, isApiError, type NotFoundError, type RateLimitError } from "../src/vendor-errors.js";
import { apiErrorClasses } from "../src/vendor-errors.js";
import type { VendorConfig } from "../src/client.js";
import type { ApiClient, WithPathDefaults } from "../src/types.js";

interface Thing {
  id: string;
  name: string;
}
interface paths {
  "/v1/things": {
    get: {
      parameters: { query?: { limit?: number; status?: "new" | "old" } };
      responses: { 200: { content: { "application/json": { data: Thing[]; total: number } } }; 404: { content: { "application/json": { error: string } } } };
    };
    post: {
      parameters: {};
      requestBody: { content: { "application/json": { name: string; contact_email?: string } } };
      responses: { 201: { content: { "application/json": Thing } } };
    };
  };
  "/v1/accounts/{account_id}/things/{id}": {
    get: {
      parameters: { path: { account_id: number; id: string } };
      responses: { 200: { content: { "application/json": Thing; "text/csv": string } } };
    };
  };
  "/v1/uploads": {
    post: {
      parameters: {};
      requestBody: { content: { "multipart/form-data": { file: Blob; name?: string } } };
      responses: { 201: { content: { "application/json": { id: string } } } };
    };
  };
}
const pagination = { "/v1/things": { method: "get", style: "offset", items: "data", offset: "offset", limit: "limit" } } as const;

declare const client: ApiClient<paths, typeof pagination>;
declare const throwing: ApiClient<paths, typeof pagination, true>;
declare const defaulted: ApiClient<WithPathDefaults<paths, "account_id">, typeof pagination>;

describe("typos do not compile", () => {
  it("in the init, the params, the body and the per-call options", () => {
    // @ts-expect-error `parmas` (did you mean 'params'?)
    void client.GET("/v1/things", { parmas: { query: { status: "new" } } });
    // @ts-expect-error `query` outside `params`
    void client.GET("/v1/things", { query: { status: "new" } });
    // @ts-expect-error `maxRetry`, `timeOut`
    void client.GET("/v1/things", { maxRetry: 0, timeOut: 2000 });
    // @ts-expect-error `contact_mail` (did you mean 'contact_email'?)
    void client.POST("/v1/things", { body: { name: "A", contact_mail: "a@b.c" } });
    // @ts-expect-error `stauts` in the query
    void client.GET("/v1/things", { params: { query: { stauts: "new" } } });
    // @ts-expect-error `maxItem` (did you mean 'maxItems'?)
    void client.paginate("/v1/things", { maxItem: 10 });
    // @ts-expect-error in throwing mode too
    void throwing.GET("/v1/things", { parmas: {} });
    // @ts-expect-error per-call `fetch` and `baseUrl` would go around the runtime: they are client options
    void client.GET("/v1/things", { baseUrl: "https://elsewhere.example" });
    // @ts-expect-error RequestInit fields the runtime does not pass on are not offered (no silent no-op)
    void client.GET("/v1/things", { cache: "no-store" });
  });

  it("a missing required path parameter or init", () => {
    // @ts-expect-error `id` is missing
    void client.GET("/v1/accounts/{account_id}/things/{id}", { params: { path: { account_id: 1 } } });
    // @ts-expect-error the init is required (TypeScript names the `init` argument)
    void client.GET("/v1/accounts/{account_id}/things/{id}");
  });
});

describe("what users write keeps compiling", () => {
  it("correct calls, per-call options and a page size in a variable", async () => {
    const limit: number = 50;
    void client.GET("/v1/things");
    void client.GET("/v1/things", { params: { query: { limit, status: "new" } }, maxRetries: 0, timeout: 2000, signal: new AbortController().signal, headers: { "X-A": "1" } });
    void client.POST("/v1/things", { body: { name: "A" }, idempotencyKey: "k-1" });
    void client.paginate("/v1/things", { params: { query: { limit } }, maxItems: 10, maxPages: 2 });
    const { data } = await throwing.GET("/v1/things");
    expectTypeOf(data.total).toEqualTypeOf<number>();
  });

  it("parseAs types the data", async () => {
    const { data } = await client.GET("/v1/accounts/{account_id}/things/{id}", { params: { path: { account_id: 1, id: "t" } }, parseAs: "text" });
    expectTypeOf(data).toEqualTypeOf<string | undefined>();
  });

  it("path defaults make the defaulted parameter optional, and only that one", () => {
    void defaulted.GET("/v1/accounts/{account_id}/things/{id}", { params: { path: { id: "t" } } });
    // @ts-expect-error `id` stays required
    void defaulted.GET("/v1/accounts/{account_id}/things/{id}", { params: { path: {} } });
  });

  it("a multipart body with a Blob and a bodySerializer", () => {
    void client.POST("/v1/uploads", {
      body: { file: new Blob(["x"]), name: "x.txt" },
      bodySerializer: (body) => {
        const form = new FormData();
        form.append("file", body.file);
        return form;
      },
    });
  });
});

describe("error classes", () => {
  it("carry literal statuses", () => {
    expectTypeOf<NotFoundError["status"]>().toEqualTypeOf<404>();
    expectTypeOf<ConflictError["status"]>().toEqualTypeOf<409>();
    expectTypeOf<RateLimitError["status"]>().toEqualTypeOf<429>();
    expectTypeOf<ApiError["status"]>().toEqualTypeOf<number>();
  });

  it("narrow a caught value to an unknown body in core, and to the given body when typed", () => {
    const err: unknown = new Error("x");
    if (err instanceof ConflictError) {
      expectTypeOf(err.body).toEqualTypeOf<unknown>();
      expectTypeOf(err.status).toEqualTypeOf<409>();
    }
    if (isApiError(err)) expectTypeOf(err.body).toEqualTypeOf<unknown>();
    const typed = apiErrorClasses<{ error: string }>();
    if (err instanceof typed.NotFoundError) {
      expectTypeOf(err.body).toEqualTypeOf<{ error: string }>();
      expectTypeOf(err.status).toEqualTypeOf<404>();
      // @ts-expect-error not a field of the body
      void err.body.message;
    }
  });
});

describe("a vendor description (VendorConfig)", () => {
  it("an anonymous one names no key variable or header; one that takes a key must name both", () => {
    const anonymous: VendorConfig = { vendor: "Public", baseUrl: "https://api.example.test", anonymous: true };
    // @ts-expect-error a vendor that takes a key names the header that carries it
    const noHeader: VendorConfig = { vendor: "Keyed", baseUrl: "https://api.example.test", envVar: "KEYED_API_KEY" };
    // @ts-expect-error an anonymous vendor reads no key, so it has no key variable
    const envVar: VendorConfig = { vendor: "Public", baseUrl: "https://api.example.test", anonymous: true, envVar: "" };
    expectTypeOf([anonymous, noHeader, envVar]).toEqualTypeOf<VendorConfig[]>();
  });
});
