/**
 * Retries on 429 with an in-process fetch stub: CareCycle puts the wait in the
 * body (`retryAfter`, seconds) and sends no Retry-After header; the client
 * reads it from there, caps it with `maxRetryAfter`, waits, and tries again.
 */
import { describe, expect, it } from "vitest";
import { createCarecycleClient, RateLimitError, type RetryEvent } from "../src/index.js";

const rateLimited = (retryAfter: number) =>
  new Response(JSON.stringify({ message: "Rate limit exceeded", code: "RATE_LIMIT_EXCEEDED", retryAfter }), {
    status: 429,
    headers: { "content-type": "application/json" },
  });
const restrictions = () =>
  new Response(JSON.stringify({ restrictions: [] }), { status: 200, headers: { "content-type": "application/json" } });

/** A client whose fetch answers from `responses` in turn, recording each request and retry. */
function stubbed(responses: Array<() => Response>, options: { maxRetryAfter?: number; maxRetries?: number } = {}) {
  const sent: Request[] = [];
  const retries: RetryEvent[] = [];
  const client = createCarecycleClient({
    apiKey: "cc_test_retry",
    baseUrl: "https://api.carecycle.test",
    fetch: async (request) => {
      sent.push(request);
      return responses[sent.length - 1]!();
    },
    hooks: { onRetry: (event) => retries.push(event) },
    ...options,
  });
  return { client, sent, retries };
}

const path = "/v2/campaigns/{campaignId}/agent-source-restrictions";
const params = { path: { campaignId: "6ff8f457-72c7-46bc-89a4-4d56db6fbc4d" } };

describe("429 retryAfter from the body", () => {
  it("waits min(retryAfter s, maxRetryAfter) and then succeeds", async () => {
    const { client, sent, retries } = stubbed([() => rateLimited(1), restrictions], { maxRetryAfter: 30 });
    const { data, response } = await client.GET(path, { params });
    expect(response.status).toBe(200);
    expect(data).toEqual({ restrictions: [] });
    expect(sent).toHaveLength(2);
    expect(sent[0]?.headers.get("x-api-key")).toBe("cc_test_retry");
    expect(retries).toEqual([
      { method: "GET", url: sent[0]!.url, attempt: 1, delayMs: Math.min(1000, 30), reason: "429" },
    ]);
  });

  it("converts seconds to milliseconds when the wait is under the cap", async () => {
    const { client, retries } = stubbed([() => rateLimited(0.02), restrictions]);
    const { response } = await client.GET(path, { params });
    expect(response.status).toBe(200);
    expect(retries.map((event) => event.delayMs)).toEqual([20]);
  });

  it("gives up after maxRetries and returns the last 429 body", async () => {
    const { client, sent, retries } = stubbed([() => rateLimited(1), () => rateLimited(1)], {
      maxRetryAfter: 5,
      maxRetries: 1,
    });
    const { error, response } = await client.GET(path, { params });
    expect(sent).toHaveLength(2);
    expect(retries.map((event) => event.delayMs)).toEqual([5]);
    expect(response.status).toBe(429);
    expect(error).toEqual({ message: "Rate limit exceeded", code: "RATE_LIMIT_EXCEEDED", retryAfter: 1 });
  });

  it("in throwing mode, the final 429 is a RateLimitError carrying retryAfter", async () => {
    const client = createCarecycleClient({
      apiKey: "cc_test_retry",
      baseUrl: "https://api.carecycle.test",
      fetch: async () => rateLimited(7),
      maxRetries: 0,
      throwOnError: true,
    });
    const thrown = await client.GET(path, { params }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(RateLimitError);
    expect((thrown as RateLimitError).retryAfter).toBe(7);
  });
});
