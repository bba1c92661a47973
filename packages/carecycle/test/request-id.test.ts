/**
 * Request ids on success: a call result, in default and throwing mode, and each paginator page
 * carry the request id the answer sent (`x-request-id`), as thrown errors do.
 */
import { describe, expect, it } from "vitest";
import { createCarecycleClient } from "../src/index.js";

const fetch = async () =>
  new Response(JSON.stringify({ items: [{ id: "k1" }], nextPage: null }), {
    headers: { "content-type": "application/json", "x-request-id": "req_1" },
  });
const client = (throwOnError: boolean) =>
  createCarecycleClient({ apiKey: "cc_test", baseUrl: "https://api.example.test", fetch, throwOnError });

describe("request ids", () => {
  it.each([false, true])("throwOnError %s: a call result carries the response's request id", async (throwOnError) => {
    expect((await client(throwOnError).GET("/v2/campaigns")).requestId).toBe("req_1");
  });

  it("a paginator page carries it too", async () => {
    const ids = [];
    for await (const page of client(false).paginate("/v2/campaigns", { maxPages: 1 }).byPage())
      ids.push(page.requestId);
    expect(ids).toEqual(["req_1"]);
  });
});
