// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * The call and option types under `exactOptionalPropertyTypes` (checked by
 * `tsconfig.exact-optional.json` with the flag on, and by vitest without it):
 * an optional option, query or header value, or top-level body field, may be `undefined`, as in strict consumer
 * projects that pass `process.env.X` or a value that may be unset; a required
 * key still may not be `undefined`, and a misspelled key still does not compile.
 */
import { describe, it } from "vitest";
import type { ApiClient, CallOptions, ClientOptions } from "../src/types.js";
import type { PaginateLimits } from "../src/paginate.js";

interface Thing {
  id: string;
  name: string;
}
interface paths {
  "/v1/things": {
    get: {
      parameters: { query?: { limit?: number; status?: "new" | "old"; client_id?: string }; header?: { "X-Trace"?: string } };
      responses: { 200: { content: { "application/json": { data: Thing[] } } } };
    };
  };
  "/v1/reports": {
    get: {
      parameters: { query: { from: string; to?: string } };
      responses: { 200: { content: { "application/json": { rows: number } } } };
    };
  };
  "/v1/notes": {
    post: {
      parameters: {};
      requestBody: { content: { "application/json": { text: string; author?: string; tags?: string[]; meta?: { source?: string } } } };
      responses: { 201: { content: { "application/json": { id: string } } } };
    };
  };
  "/v1/things/{id}": {
    get: {
      parameters: { path: { id: string } };
      responses: { 200: { content: { "application/json": Thing } } };
    };
  };
}
const pagination = { "/v1/things": { method: "get", style: "cursor", items: "data", cursor: "cursor" } } as const;

declare const client: ApiClient<paths, typeof pagination>;
declare const maybeString: string | undefined;
declare const maybeNumber: number | undefined;
declare const maybeSignal: AbortSignal | undefined;

describe("optional values that may be undefined compile", () => {
  it("in client options and per-call options", () => {
    const options: ClientOptions = { apiKey: maybeString, baseUrl: maybeString, timeout: maybeNumber, maxRetries: maybeNumber, fetch: undefined, hooks: undefined };
    const call: CallOptions = { maxRetries: maybeNumber, timeout: maybeNumber, idempotencyKey: maybeString, signal: maybeSignal, headers: undefined };
    const limits: PaginateLimits = { maxItems: maybeNumber, maxPages: maybeNumber };
    void [options, call, limits];
    void client.GET("/v1/things", { timeout: maybeNumber, signal: maybeSignal, parseAs: undefined, querySerializer: undefined });
  });

  it("in optional query and header parameters", () => {
    void client.GET("/v1/things", { params: { query: { client_id: maybeString, limit: maybeNumber } } });
    void client.GET("/v1/things", { params: { header: { "X-Trace": maybeString } } });
    void client.GET("/v1/reports", { params: { query: { from: "2026-01-01", to: maybeString } } });
    void client.paginate("/v1/things", { params: { query: { client_id: maybeString } }, maxItems: maybeNumber });
  });

  it("in optional top-level body fields (JSON leaves them out)", () => {
    void client.POST("/v1/notes", { body: { text: "hi", author: maybeString, tags: undefined } });
  });
});

describe("required keys and typos stay errors", () => {
  it("a required query or path parameter may not be undefined", () => {
    // @ts-expect-error `from` is required
    void client.GET("/v1/reports", { params: { query: { from: maybeString } } });
    // @ts-expect-error `id` is required
    void client.GET("/v1/things/{id}", { params: { path: { id: maybeString } } });
  });

  it("a required body field or an array item may not be undefined", () => {
    // @ts-expect-error `text` is required
    void client.POST("/v1/notes", { body: { text: maybeString } });
    // @ts-expect-error an array item is not optional
    void client.POST("/v1/notes", { body: { text: "hi", tags: [maybeString] } });
  });

  it("a misspelled key", () => {
    // @ts-expect-error `clientId` (did you mean 'client_id'?)
    void client.GET("/v1/things", { params: { query: { clientId: maybeString } } });
    // @ts-expect-error `auther` (did you mean 'author'?)
    void client.POST("/v1/notes", { body: { text: "hi", auther: maybeString } });
    // @ts-expect-error `timeOut`
    void client.GET("/v1/things", { timeOut: maybeNumber });
    // @ts-expect-error `apikey`
    const options: ClientOptions = { apikey: maybeString };
    void options;
  });
});
