/**
 * Retries: which failures and methods are retried, how long the client waits
 * (backoff with jitter, `Retry-After`, a vendor's body field), and that every
 * attempt sends the same request.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConnectionError, InternalServerError } from "../src/errors.js";
import { MAX_DELAY } from "../src/options.js";
import type { RetryEvent } from "../src/hooks.js";
import {
  backoffDelay,
  isRetryableMethod,
  isRetryableStatus,
  retryAfterFromHeaders,
  serverDelay,
} from "../src/retry.js";
import { send, type TransportOptions } from "../src/transport.js";
import { json, looseClient, rejection, stubFetch, testVendor, until, useFakeClock } from "./helpers.js";

/** Answers `status` (with no wait asked) until the last attempt, which gets 200. */
function failThenOk(status: number, failures: number, headers: Record<string, string> = { "retry-after-ms": "0" }) {
  return stubFetch((_request, attempt) =>
    attempt <= failures ? json(status, { error: String(status) }, headers) : json(200, { ok: true }),
  );
}

/** Runs `promise` to the end on fake timers, however long its waits. */
async function runToEnd<T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> {
  const settled = Promise.allSettled([promise]).then(([result]) => result!);
  await vi.runAllTimersAsync();
  return settled;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the policy", () => {
  it("retries 408, 409, 429 and 5xx, and no other status", () => {
    for (const status of [408, 409, 429, 500, 502, 503, 504, 599])
      expect(isRetryableStatus(status), String(status)).toBe(true);
    for (const status of [200, 201, 301, 400, 401, 403, 404, 405, 422])
      expect(isRetryableStatus(status), String(status)).toBe(false);
  });

  it("retries GET, HEAD, PUT, DELETE and OPTIONS; POST and PATCH only with an idempotency key", () => {
    for (const method of ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "get"])
      expect(isRetryableMethod(method, false), method).toBe(true);
    for (const method of ["POST", "PATCH"]) {
      expect(isRetryableMethod(method, false), method).toBe(false);
      expect(isRetryableMethod(method, true), method).toBe(true);
    }
  });

  it("backs off exponentially from 0.5 s to an 8 s cap, with up to 25 % jitter", () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((retry) => backoffDelay(retry, () => 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect([0, 1, 4].map((retry) => backoffDelay(retry, () => 1))).toEqual([375, 750, 6000]);
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(1);
      expect(delay).toBeGreaterThanOrEqual(750);
      expect(delay).toBeLessThanOrEqual(1000);
    }
  });

  it("reads Retry-After in seconds, as an HTTP date, and retry-after-ms first", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    const read = (headers: Record<string, string>) => retryAfterFromHeaders(new Headers(headers), now);
    expect(read({ "retry-after": "2" })).toBe(2000);
    expect(read({ "retry-after": " 1.5 " })).toBe(1500);
    expect(read({ "retry-after": "0" })).toBe(0);
    expect(read({ "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" })).toBe(3000);
    expect(read({ "retry-after": "Wed, 31 Dec 2025 23:59:00 GMT" })).toBe(0); // a date in the past: no wait
    expect(read({ "retry-after-ms": "250", "retry-after": "9" })).toBe(250);
    expect(read({ "retry-after-ms": "soon", "retry-after": "1" })).toBe(1000);
    expect(read({ "retry-after": "later" })).toBeUndefined();
    expect(read({ "retry-after": "-1" })).toBeUndefined(); // not seconds, and not a date either
    expect(read({ "retry-after": "2." })).toBeUndefined();
    expect(read({})).toBeUndefined();
  });
});

describe("serverDelay: the one reading of the wait a response asks for", () => {
  const fromBody = (body: unknown) => (body as { retryAfter?: number } | undefined)?.retryAfter;
  const answer = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });

  it("reads the headers first, then a 429 body through the vendor's reader (seconds)", () => {
    expect(serverDelay(answer(429, { "retry-after": "1" }), { retryAfter: 2 }, fromBody)).toBe(1000);
    expect(serverDelay(answer(429), { retryAfter: 2 }, fromBody)).toBe(2000);
    expect(serverDelay(answer(429), { retryAfter: 0 }, fromBody)).toBe(0);
  });

  it("reads a body only on a 429, and only with a reader", () => {
    expect(serverDelay(answer(503), { retryAfter: 2 }, fromBody)).toBeUndefined();
    expect(serverDelay(answer(429), { retryAfter: 2 })).toBeUndefined();
    expect(serverDelay(answer(503, { "retry-after-ms": "20" }), undefined)).toBe(20);
  });

  it("is undefined for a wait that is absent, negative or not finite, from the headers or the body", () => {
    expect(serverDelay(answer(429), undefined, fromBody)).toBeUndefined();
    for (const retryAfter of [-1, Number.NaN, Number.POSITIVE_INFINITY, "2" as never]) {
      expect(serverDelay(answer(429), { retryAfter }, fromBody)).toBeUndefined();
    }
    // 400 digits parse to Infinity: unreadable, so the caller falls back to its backoff.
    expect(serverDelay(answer(503, { "retry-after": "9".repeat(400) }), undefined)).toBeUndefined();
  });
});

describe("what is retried", () => {
  it.each([408, 409, 429, 500, 502, 503, 504])("%i is retried, by default twice (3 attempts)", async (status) => {
    const stub = failThenOk(status, 10);
    const { error, response } = await looseClient({ fetch: stub.fetch }).GET("/v1/things");
    expect(stub.sent).toHaveLength(3);
    expect(response.status).toBe(status);
    expect(error).toEqual({ error: String(status) });
  });

  it.each([408, 429, 503])("%i then 200 succeeds", async (status) => {
    const stub = failThenOk(status, 2);
    const { data } = await looseClient({ fetch: stub.fetch }).GET("/v1/things");
    expect(data).toEqual({ ok: true });
    expect(stub.sent).toHaveLength(3);
  });

  it.each([400, 401, 403, 404, 422])("%i is not retried", async (status) => {
    const stub = failThenOk(status, 10);
    const { response } = await looseClient({ fetch: stub.fetch }).GET("/v1/things");
    expect(response.status).toBe(status);
    expect(stub.sent).toHaveLength(1);
  });

  it("a connection error is retried with backoff, then thrown as ConnectionError", async () => {
    useFakeClock();
    const retries: RetryEvent[] = [];
    const stub = stubFetch(() => {
      throw new TypeError("fetch failed", { cause: new Error("read ECONNRESET") });
    });
    const client = looseClient({ fetch: stub.fetch, hooks: { onRetry: (event) => retries.push(event) } });
    const result = await runToEnd(client.GET("/v1/things"));
    expect(result.status).toBe("rejected");
    const error = (result as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain("ECONNRESET");
    expect(stub.sent).toHaveLength(3);
    expect(retries.map((r) => [r.attempt, r.reason])).toEqual([
      [1, "ConnectionError"],
      [2, "ConnectionError"],
    ]);
    expect(retries[0]!.delayMs).toBeGreaterThanOrEqual(375);
    expect(retries[0]!.delayMs).toBeLessThanOrEqual(500);
    expect(retries[1]!.delayMs).toBeGreaterThanOrEqual(750);
    expect(retries[1]!.delayMs).toBeLessThanOrEqual(1000);
  });

  it("a connection error then a response succeeds", async () => {
    useFakeClock();
    const stub = stubFetch((_request, attempt) => {
      if (attempt === 1) throw new TypeError("fetch failed");
      return json(200, { ok: true });
    });
    const result = await runToEnd(looseClient({ fetch: stub.fetch }).GET("/v1/things"));
    expect(result).toMatchObject({ status: "fulfilled", value: { data: { ok: true } } });
    expect(stub.sent).toHaveLength(2);
  });
});

describe("how long it waits", () => {
  const options = (stub: ReturnType<typeof stubFetch>, extra: Partial<TransportOptions> = {}): TransportOptions => ({
    fetch: stub.fetch,
    maxRetries: 2,
    timeout: 60_000,
    maxRetryAfter: 60_000,
    idempotencyHeader: "Idempotency-Key",
    origin: "https://api.test.example",
    random: () => 0,
    ...extra,
  });

  it("waits the backoff between attempts, and not less", async () => {
    useFakeClock();
    const stub = failThenOk(503, 2, {});
    const done = send(new Request("https://api.test.example/x"), options(stub));
    await until(() => stub.sent.length === 1);
    await vi.advanceTimersByTimeAsync(499);
    expect(stub.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(stub.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(stub.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(stub.sent).toHaveLength(3);
    expect((await done).status).toBe(200);
  });

  async function retryDelays(
    headers: Record<string, string>,
    extra: Partial<TransportOptions> = {},
    body: unknown = {},
  ) {
    useFakeClock();
    const delays: number[] = [];
    const stub = stubFetch((_request, attempt) => (attempt === 1 ? json(429, body, headers) : json(200, {})));
    const result = await runToEnd(
      send(
        new Request("https://api.test.example/x"),
        options(stub, { hooks: { onRetry: (e) => delays.push(e.delayMs) }, ...extra }),
      ),
    );
    expect(result.status).toBe("fulfilled");
    expect(stub.sent).toHaveLength(2);
    return delays;
  }

  it("an empty or unreadable retry-after-ms is ignored, not read as 'retry now'", async () => {
    expect(await retryDelays({ "retry-after-ms": "", "retry-after": "3" })).toEqual([3000]);
    expect(await retryDelays({ "retry-after-ms": "  ", "retry-after": "4" })).toEqual([4000]);
    expect(await retryDelays({ "retry-after-ms": "-5", "retry-after": "2" })).toEqual([2000]);
  });

  it("honours Retry-After in seconds", async () => {
    expect(await retryDelays({ "retry-after": "3" })).toEqual([3000]);
  });

  it("a 30-day Retry-After under the largest cap waits the cap, not the 1 ms an oversized timer would", async () => {
    const stub = stubFetch((_request, attempt) =>
      attempt === 1 ? json(429, {}, { "retry-after": String(30 * 24 * 3600) }) : json(200, {}),
    );
    const delays: number[] = [];
    const client = looseClient({
      fetch: stub.fetch,
      maxRetryAfter: MAX_DELAY,
      hooks: { onRetry: (e) => delays.push(e.delayMs) },
    });
    useFakeClock();
    const call = client.GET("/v1/things");
    await until(() => delays.length === 1);
    expect(delays).toEqual([MAX_DELAY]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(stub.sent).toHaveLength(1); // still waiting
    await vi.advanceTimersByTimeAsync(MAX_DELAY);
    expect((await call).data).toEqual({});
  });

  it("honours Retry-After as an HTTP date", async () => {
    useFakeClock();
    vi.setSystemTime(Date.parse("2026-01-01T00:00:00Z"));
    expect(await retryDelays({ "retry-after": "Thu, 01 Jan 2026 00:00:05 GMT" })).toEqual([5000]);
  });

  it("honours retry-after-ms, ahead of Retry-After", async () => {
    expect(await retryDelays({ "retry-after-ms": "120", "retry-after": "30" })).toEqual([120]);
  });

  it("caps a server's wait at maxRetryAfter", async () => {
    expect(await retryDelays({ "retry-after": "3600" }, { maxRetryAfter: 20 })).toEqual([20]);
    expect(await retryDelays({ "retry-after": "Fri, 01 Jan 2100 00:00:00 GMT" }, { maxRetryAfter: 20 })).toEqual([20]);
  });

  it("honours a vendor's retryAfterFromBody on a 429 (CareCycle's { retryAfter: 2 })", async () => {
    const fromBody = (body: unknown) => (body as { retryAfter?: number } | undefined)?.retryAfter;
    expect(await retryDelays({}, { retryAfterFromBody: fromBody }, { retryAfter: 2 })).toEqual([2000]);
    expect(await retryDelays({}, { retryAfterFromBody: fromBody, maxRetryAfter: 50 }, { retryAfter: 2 })).toEqual([50]);
    // The header wins over the body; a body that is not JSON falls back to backoff.
    expect(await retryDelays({ "retry-after": "1" }, { retryAfterFromBody: fromBody }, { retryAfter: 2 })).toEqual([
      1000,
    ]);
    expect(await retryDelays({}, { retryAfterFromBody: fromBody }, "<html>slow down</html>")).toEqual([500]);
  });

  it("uses the vendor's retryAfterFromBody through createApiClient", async () => {
    useFakeClock();
    const delays: number[] = [];
    const stub = stubFetch((_request, attempt) =>
      attempt === 1 ? json(429, { retryAfter: 2, message: "Too many requests" }) : json(200, { ok: true }),
    );
    const vendor = {
      ...testVendor,
      retryAfterFromBody: (body: unknown) => (body as { retryAfter?: number })?.retryAfter,
    };
    const client = looseClient({ fetch: stub.fetch, hooks: { onRetry: (e) => delays.push(e.delayMs) } }, vendor);
    const result = await runToEnd(client.GET("/v1/things"));
    expect(result).toMatchObject({ status: "fulfilled", value: { data: { ok: true } } });
    expect(delays).toEqual([2000]);
  });
});

describe("which methods retry", () => {
  it.each(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"] as const)("%s retries by default", async (method) => {
    const stub = failThenOk(503, 10);
    await looseClient({ fetch: stub.fetch })[method]("/v1/things/1");
    expect(stub.sent.map((s) => s.method)).toEqual([method, method, method]);
  });

  it.each(["POST", "PATCH"] as const)("%s does not retry without an idempotency key", async (method) => {
    const stub = failThenOk(503, 10);
    const { response } = await looseClient({ fetch: stub.fetch })[method]("/v1/things", { body: { name: "a" } });
    expect(response.status).toBe(503);
    expect(stub.sent).toHaveLength(1);
  });

  it.each(["POST", "PATCH"] as const)(
    "%s retries with the idempotencyKey option, sending the same key each time",
    async (method) => {
      const stub = failThenOk(503, 2);
      const { data } = await looseClient({ fetch: stub.fetch })[method]("/v1/things", {
        body: { name: "a" },
        idempotencyKey: "idem-1",
      });
      expect(data).toEqual({ ok: true });
      expect(stub.sent.map((s) => s.headers.get("idempotency-key"))).toEqual(["idem-1", "idem-1", "idem-1"]);
    },
  );

  it("POST retries when the idempotency header is set by hand", async () => {
    const stub = failThenOk(503, 2);
    await looseClient({ fetch: stub.fetch }).POST("/v1/things", {
      body: {},
      headers: { "Idempotency-Key": "by-hand" },
    });
    expect(stub.sent).toHaveLength(3);
  });

  it("a vendor's own idempotency header counts", async () => {
    const stub = failThenOk(503, 2);
    const client = looseClient({ fetch: stub.fetch }, { ...testVendor, idempotencyHeader: "X-Idempotency-Token" });
    await client.POST("/v1/things", { body: {}, idempotencyKey: "tok" });
    expect(stub.sent.map((s) => s.headers.get("x-idempotency-token"))).toEqual(["tok", "tok", "tok"]);
    expect(stub.sent[0]!.headers.has("idempotency-key")).toBe(false);
  });
});

describe("maxRetries", () => {
  it("is set per client; 0 turns retries off", async () => {
    const off = failThenOk(503, 10);
    await looseClient({ fetch: off.fetch, maxRetries: 0 }).GET("/v1/things");
    expect(off.sent).toHaveLength(1);
    const five = failThenOk(503, 10);
    await looseClient({ fetch: five.fetch, maxRetries: 5 }).GET("/v1/things");
    expect(five.sent).toHaveLength(6);
  });

  it("is set per call, over the client's", async () => {
    const stub = failThenOk(503, 100);
    const client = looseClient({ fetch: stub.fetch, maxRetries: 4 });
    await client.GET("/v1/things", { maxRetries: 0 });
    expect(stub.sent).toHaveLength(1);
    await client.GET("/v1/things", { maxRetries: 1 });
    expect(stub.sent).toHaveLength(3);
    await client.GET("/v1/things");
    expect(stub.sent).toHaveLength(8);
  });

  it("rejects a negative or non-numeric value", async () => {
    expect(() => looseClient({ maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => looseClient({ maxRetries: Number.NaN })).toThrow(/maxRetries/);
    await expect(
      looseClient({ fetch: failThenOk(200, 0).fetch }).GET("/v1/things", { maxRetries: -2 }),
    ).rejects.toThrow(/maxRetries/);
  });

  it("in throwing mode, the error after the last retry is thrown", async () => {
    const stub = failThenOk(503, 10);
    const error = await rejection(looseClient({ fetch: stub.fetch, throwOnError: true }).GET("/v1/things"));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(stub.sent).toHaveLength(3);
  });
});

describe("the request on every attempt", () => {
  it("sends the same JSON body, headers and URL each time", async () => {
    const stub = failThenOk(503, 2);
    const body = { name: "ABC Motors", tags: ["a", "b"], note: "ünïcødé ✓" };
    await looseClient({ fetch: stub.fetch }).PUT("/v1/things/{id}", {
      params: { path: { id: "7" }, query: { q: "x" } },
      body,
    });
    expect(stub.sent).toHaveLength(3);
    for (const sent of stub.sent) {
      expect(sent.body).toBe(JSON.stringify(body));
      expect(sent.url).toBe("https://api.test.example/v1/things/7?q=x");
      expect(sent.headers.get("content-type")).toBe("application/json");
      expect(sent.headers.get("x-api-key")).toBe("vox_mgmt_test_key_123");
    }
  });

  it("sends the same bytes of a binary body each time", async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 31 + 7) & 0xff);
    const received: Uint8Array[] = [];
    const fetch = async (request: Request) => {
      received.push(new Uint8Array(await request.arrayBuffer()));
      return received.length < 3 ? json(500, {}, { "retry-after-ms": "0" }) : json(200, {});
    };
    const request = new Request("https://api.test.example/upload", { method: "PUT", body: bytes });
    const response = await send(request, {
      fetch,
      maxRetries: 2,
      timeout: 1000,
      maxRetryAfter: 0,
      idempotencyHeader: "Idempotency-Key",
      origin: "https://api.test.example",
    });
    expect(response.status).toBe(200);
    expect(received).toHaveLength(3);
    for (const got of received) expect(got).toEqual(bytes);
  });

  it("reports each attempt to the hooks", async () => {
    const events: string[] = [];
    const stub = failThenOk(503, 2);
    await looseClient({
      fetch: stub.fetch,
      hooks: {
        onRequest: (e) => events.push(`request ${e.method} ${e.attempt}`),
        onResponse: (e) => events.push(`response ${e.status} ${e.attempt}`),
        onRetry: (e) => events.push(`retry ${e.reason} ${e.attempt} ${e.delayMs}`),
      },
    }).GET("/v1/things");
    expect(events).toEqual([
      "request GET 1",
      "response 503 1",
      "retry 503 1 0",
      "request GET 2",
      "response 503 2",
      "retry 503 2 0",
      "request GET 3",
      "response 200 3",
    ]);
  });
});
