/**
 * Request ids on success: a call result, in default and throwing mode, and each paginator page
 * carry the request id the answer sent (`x-request-id`), as thrown errors do.
 */
import { describe, expect, it } from "vitest";
import { createVoxaiClient } from "../src/index.js";

const fetch = async () =>
  new Response(JSON.stringify({ items: [{ id: "a1" }], next_cursor: null }), {
    headers: { "content-type": "application/json", "x-request-id": "req_1" },
  });
const client = (throwOnError: boolean) =>
  createVoxaiClient({ apiKey: "test-key", baseUrl: "https://api.example.test", fetch, throwOnError });

describe("request ids", () => {
  it.each([false, true])("throwOnError %s: a call result carries the response's request id", async (throwOnError) => {
    expect((await client(throwOnError).GET("/v3/agents")).requestId).toBe("req_1");
  });

  it("a paginator page carries it too", async () => {
    const ids = [];
    for await (const page of client(false).paginate("/v3/agents", { maxPages: 1 }).byPage()) ids.push(page.requestId);
    expect(ids).toEqual(["req_1"]);
  });
});
