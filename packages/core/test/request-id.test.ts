/**
 * Request ids on success: every call result and every paginator page carries the vendor's
 * request id (the header errors read it from), or undefined, in default and throwing mode.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { createApiClient } from "../src/client.js";
import type { PaginationMeta } from "../src/paginate.js";
import type { CallResult } from "../src/types.js";
import { API_KEY, BASE_URL, json, looseClient, stubFetch, testVendor } from "./helpers.js";

const withId = (status: number, id?: string) => () =>
  json(status, status < 300 ? { data: [] } : { error: "x" }, id ? { "x-request-id": id } : {});

describe("a call result's requestId", () => {
  it.each([false, true])("throwOnError %s: a success carries the x-request-id header", async (throwOnError) => {
    const client = looseClient({ fetch: stubFetch(withId(200, "req_123")).fetch, throwOnError });
    const result = await client.GET("/v1/things");
    expect(result.requestId).toBe("req_123");
    expect(result.data).toEqual({ data: [] });
  });

  it.each([false, true])("throwOnError %s: undefined (and present) when the header is absent", async (throwOnError) => {
    const result = await looseClient({ fetch: stubFetch(withId(200)).fetch, throwOnError }).GET("/v1/things");
    expect(result).toHaveProperty("requestId", undefined);
  });

  it("a default-mode error result carries it too", async () => {
    const result = await looseClient({ fetch: stubFetch(withId(404, "req_404")).fetch }).GET("/v1/things");
    expect(result.error).toEqual({ error: "x" });
    expect(result.requestId).toBe("req_404");
  });

  it("reads `request-id`, and a vendor's own headers in its order", async () => {
    const plain = stubFetch(() => json(200, {}, { "request-id": "req_plain" }));
    expect((await looseClient({ fetch: plain.fetch }).GET("/v1/things")).requestId).toBe("req_plain");
    const vendor = { ...testVendor, requestIdHeaders: ["x-trace", "x-request-id"] };
    const both = stubFetch(() => json(200, {}, { "x-request-id": "second", "x-trace": "first" }));
    expect((await looseClient({ fetch: both.fetch }, vendor).GET("/v1/things")).requestId).toBe("first");
  });

  it("is typed on every result", () => {
    expectTypeOf<CallResult<{ data: number; response: Response }, false>["requestId"]>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<CallResult<{ data: number; response: Response }, true>["requestId"]>().toEqualTypeOf<
      string | undefined
    >();
  });
});

describe("a paginator page's requestId", () => {
  it("each page carries the id of its own response", async () => {
    const meta: PaginationMeta = { method: "get", style: "offset", items: "data", offset: "offset", limit: "limit" };
    const stub = stubFetch((_request, attempt) =>
      json(200, { data: attempt === 1 ? [1, 2] : [3] }, attempt === 1 ? { "x-request-id": "page_1" } : {}),
    );
    const client = createApiClient<any, { "/v1/list": PaginationMeta }>(
      { ...testVendor, pagination: { "/v1/list": meta } },
      { apiKey: API_KEY, baseUrl: BASE_URL, fetch: stub.fetch },
    );
    const pages = [];
    for await (const page of client.paginate("/v1/list", { params: { query: { limit: 2 } } } as never).byPage()) {
      pages.push(page);
      expectTypeOf(page.requestId).toEqualTypeOf<string | undefined>();
    }
    expect(pages.map((page) => [page.number, page.requestId])).toEqual([
      [1, "page_1"],
      [2, undefined],
    ]);
  });
});
