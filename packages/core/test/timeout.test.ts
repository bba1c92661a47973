/**
 * Timeouts and cancellation: a per-attempt timeout that ends in TimeoutError once
 * retries are spent, and the caller's AbortSignal, which stops everything at once.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { AbortError, ConnectionError, SdkError, TimeoutError } from "../src/errors.js";
import type { RetryEvent } from "../src/hooks.js";
import { delayed, hang, json, looseClient, rejection, stubFetch, until, useFakeClock } from "./helpers.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("timeout", () => {
  it("defaults to 60 s per attempt, and ends in TimeoutError after the retries", async () => {
    useFakeClock();
    const retries: RetryEvent[] = [];
    const stub = stubFetch(hang);
    const outcome = rejection(
      looseClient({ fetch: stub.fetch, hooks: { onRetry: (e) => retries.push(e) } }).GET("/v1/slow"),
    );
    await until(() => stub.sent.length === 1);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(retries).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(retries.map((r) => r.reason)).toEqual(["TimeoutError"]);
    await vi.runAllTimersAsync();
    const error = await outcome;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toBeInstanceOf(SdkError);
    expect((error as Error).message).toMatch(/GET https:\/\/api\.test\.example\/v1\/slow timed out after 60000 ms/);
    expect(stub.sent).toHaveLength(3);
    expect(retries.map((r) => r.attempt)).toEqual([1, 2]);
  });

  it("is set per client", async () => {
    const stub = stubFetch(hang);
    const error = await rejection(
      looseClient({ fetch: stub.fetch, timeout: 20, maxRetries: 0 }).GET("/v1/slow", {
        params: { query: { email: "jane@example.com" } },
      }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain("after 20 ms");
    expect((error as Error).message).not.toContain("jane"); // the query string may hold personal data
    expect(stub.sent).toHaveLength(1);
  });

  it("is set per call, over the client's", async () => {
    const stub = stubFetch(hang);
    const client = looseClient({ fetch: stub.fetch, maxRetries: 0 }); // 60 s by default
    const error = await rejection(client.GET("/v1/slow", { timeout: 25 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain("after 25 ms");
  });

  it("counts per attempt, not for the whole call", async () => {
    // Three attempts of 30 ms each take longer than one 50 ms timeout, and still succeed.
    const stub = stubFetch((request, attempt) =>
      delayed(request, 30, () => (attempt < 3 ? json(503, {}, { "retry-after-ms": "0" }) : json(200, { ok: true }))),
    );
    const { data } = await looseClient({ fetch: stub.fetch, timeout: 50 }).GET("/v1/things");
    expect(data).toEqual({ ok: true });
    expect(stub.sent).toHaveLength(3);
  });

  it("a timed-out attempt is retried, and a later answer wins", async () => {
    useFakeClock();
    const stub = stubFetch((request, attempt) => (attempt === 1 ? hang(request) : json(200, { ok: true })));
    const call = looseClient({ fetch: stub.fetch, timeout: 40 }).GET("/v1/things");
    await vi.runAllTimersAsync();
    expect((await call).data).toEqual({ ok: true });
    expect(stub.sent).toHaveLength(2);
  });

  it("a POST without an idempotency key times out on its first attempt", async () => {
    const stub = stubFetch(hang);
    const error = await rejection(looseClient({ fetch: stub.fetch, timeout: 20 }).POST("/v1/things", { body: {} }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(stub.sent).toHaveLength(1);
  });

  it("rejects a timeout below 1 ms", () => {
    expect(() => looseClient({ timeout: 0 })).toThrow(/`timeout`/);
    expect(() => looseClient({ timeout: Number.POSITIVE_INFINITY })).toThrow(/`timeout`/);
  });
});

describe("the caller's AbortSignal", () => {
  it("cancels an attempt in flight at once, with no further attempt", async () => {
    useFakeClock();
    const controller = new AbortController();
    const stub = stubFetch(hang);
    const outcome = rejection(looseClient({ fetch: stub.fetch }).GET("/v1/slow", { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    // No timer is advanced: the rejection must come from the abort alone.
    const error = await outcome;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect(error).toBeInstanceOf(SdkError);
    await vi.runAllTimersAsync();
    expect(stub.sent).toHaveLength(1);
  });

  it("cancels the wait between retries at once, with no further attempt", async () => {
    useFakeClock();
    const controller = new AbortController();
    const retries: RetryEvent[] = [];
    const stub = stubFetch(() => json(503, { error: "unavailable" }, { "retry-after": "30" }));
    const client = looseClient({ fetch: stub.fetch, hooks: { onRetry: (e) => retries.push(e) } });
    const outcome = rejection(client.GET("/v1/things", { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    expect(retries.map((r) => r.delayMs)).toEqual([30_000]);
    controller.abort(new Error("user navigated away"));
    const error = await outcome;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).message).toContain("user navigated away");
    await vi.runAllTimersAsync();
    expect(stub.sent).toHaveLength(1);
  });

  it("cancels the wait after a connection error, on real timers, before the backoff ends", async () => {
    const controller = new AbortController();
    const stub = stubFetch(() => {
      throw new TypeError("fetch failed");
    });
    const outcome = rejection(looseClient({ fetch: stub.fetch }).GET("/v1/things", { signal: controller.signal }));
    setTimeout(() => controller.abort(), 10);
    // The backoff is at least 375 ms; the abort must win the race against a 300 ms timer.
    const first = await Promise.race([
      outcome,
      new Promise((resolve) => setTimeout(() => resolve("backoff still running"), 300)),
    ]);
    expect(first).toBeInstanceOf(AbortError);
    expect(stub.sent).toHaveLength(1);
  });

  it("cancels a response whose body is still arriving", async () => {
    // Like real fetch: the body stream errors when the request's signal aborts.
    const stub = stubFetch((request) => {
      const body = new ReadableStream<Uint8Array>({
        start(stream) {
          stream.enqueue(new TextEncoder().encode('{"data": ['));
          request.signal.addEventListener("abort", () => stream.error(request.signal.reason), { once: true });
        },
      });
      return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
    });
    const controller = new AbortController();
    const outcome = rejection(looseClient({ fetch: stub.fetch }).GET("/v1/stream", { signal: controller.signal }));
    setTimeout(() => controller.abort(), 10);
    const first = await Promise.race([
      outcome,
      new Promise((resolve) => setTimeout(() => resolve("still reading the body"), 500)),
    ]);
    expect(first).toBeInstanceOf(AbortError);
    expect(stub.sent).toHaveLength(1);
  });

  it("an already-aborted signal sends nothing", async () => {
    const stub = stubFetch(() => json(200, {}));
    const error = await rejection(
      looseClient({ fetch: stub.fetch }).GET("/v1/things", { signal: AbortSignal.abort() }),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(stub.sent).toHaveLength(0);
  });

  it("an abort is not turned into a TimeoutError, even with a short timeout", async () => {
    const controller = new AbortController();
    const stub = stubFetch(hang);
    const outcome = rejection(
      looseClient({ fetch: stub.fetch, timeout: 30 }).GET("/v1/slow", { signal: controller.signal }),
    );
    setTimeout(() => controller.abort(), 5);
    expect(await outcome).toBeInstanceOf(AbortError);
    expect(stub.sent).toHaveLength(1);
  });

  it("stops a pagination walk", async () => {
    const controller = new AbortController();
    const pagination = {
      "/v1/items": { method: "get", style: "offset", items: "data", offset: "offset", limit: "limit" },
    } as const;
    const stub = stubFetch((request, attempt) => {
      if (attempt === 2) controller.abort();
      return attempt === 1 ? json(200, { data: [1, 2] }) : hang(request);
    });
    const pages = looseClient({ fetch: stub.fetch }, undefined, pagination).paginate("/v1/items", {
      params: { query: { limit: 2 } },
      signal: controller.signal,
    });
    const seen: unknown[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of pages) seen.push(item);
      })(),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(seen).toEqual([1, 2]);
    expect(stub.sent).toHaveLength(2);
  });
});
