/**
 * Inputs are checked before any request: each bad option fails with a ConfigurationError that
 * names it and says what it takes, and never holds the key; nothing is sent.
 */
import { describe, expect, it } from "vitest";
import { createApiClient } from "../src/client.js";
import { AbortError, ConfigurationError, ConnectionError, ResponseParseError, TimeoutError } from "../src/errors.js";
import { MAX_DELAY } from "../src/options.js";
import { API_KEY, BASE_URL, json, looseClient, rejection, stubFetch, testVendor } from "./helpers.js";

const build = (options: Record<string, unknown>) => () =>
  createApiClient(testVendor, { apiKey: API_KEY, ...options } as never);

function configError(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).not.toContain(API_KEY);
    return error as ConfigurationError;
  }
  throw new Error("expected a ConfigurationError");
}

describe("client options", () => {
  it.each([
    ["not a url", /absolute URL/],
    ["127.0.0.1:4010", /absolute URL/],
    ["localhost:4010", /http or https/],
    ["ftp://files.example.com", /http or https/],
    ["https://api.example.com/v1?x=1", /query or fragment/],
    ["https://api.example.com/#top", /query or fragment/],
    ["https://api.example.com?", /query or fragment/],
    [42, /must be a string/],
  ])("baseUrl %j: %s", (baseUrl, message) => {
    expect(configError(build({ baseUrl })).message).toMatch(message);
  });

  it("baseUrl with credentials: refused without repeating them", () => {
    const error = configError(build({ baseUrl: `https://user:${API_KEY}@api.example.com` }));
    expect(error.message).toMatch(/user name or password/);
    expect(error.message).not.toContain("user:");
  });

  it("a baseUrl with a path and a trailing slash is kept, without the slash", async () => {
    const stub = stubFetch(() => json(200, {}));
    await looseClient({ baseUrl: "https://api.example.com/base/", fetch: stub.fetch }).GET("/v1/x");
    expect(stub.sent[0]!.url).toBe("https://api.example.com/base/v1/x");
  });

  it.each([
    ["timeout", 0],
    ["timeout", -5],
    ["timeout", Number.NaN],
    ["timeout", Number.POSITIVE_INFINITY],
    ["timeout", 2 ** 31],
    ["timeout", "1000"],
    ["maxRetryAfter", 0],
    ["maxRetryAfter", 30 * 24 * 3600 * 1000],
  ])("%s %s: must be from 1 to 2^31-1 ms", (name, value) => {
    expect(configError(build({ [name]: value })).message).toBe(
      `The \`${name}\` option must be a number of milliseconds from 1 to ${MAX_DELAY}; got ${typeof value === "string" ? "a string" : String(value)}.`,
    );
  });

  it("the largest timer delay is accepted", () => {
    expect(build({ timeout: MAX_DELAY, maxRetryAfter: MAX_DELAY })).not.toThrow();
  });

  it.each([
    ["maxRetries", -1, /whole number ≥ 0; got -1/],
    ["maxRetries", 1.5, /whole number ≥ 0; got 1.5/],
    ["apiKey", 12345, /`apiKey` option must be a string; got number/],
    ["fetch", "fetch", /`fetch` option must be a function; got a string/],
    ["fetch", {}, /`fetch` option must be a function; got object/],
    ["throwOnError", "yes", /`throwOnError` option must be a boolean; got a string/],
    ["hooks", () => {}, /`hooks` option must be a plain object/],
    ["hooks", { onRequest: "log" }, /`hooks.onRequest` option must be a function/],
    ["headers", "x-trace: 1", /`headers` option must be a plain object/],
  ])("%s %j", (name, value, message) => {
    expect(configError(build({ [name]: value })).message).toMatch(message);
  });

  it.each([
    [{ "x-trace": "a\r\nX-Injected: 1" }, /"x-trace" header contains a line break/],
    [{ "x-trace": "a\nb" }, /line break/],
    [{ "bad name": "a" }, /not a valid HTTP token/],
    [{ "x-trace": { nested: true } }, /must be a string; got object/],
  ])("headers %j", (headers, message) => {
    const error = configError(build({ headers }));
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("X-Injected");
  });

  it("options that are not an object", () => {
    expect(configError(() => createApiClient(testVendor, null as never)).message).toMatch(/options object; got null/);
  });
});

describe("per-call options", () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    [
      "an empty idempotencyKey",
      { idempotencyKey: "" },
      /`idempotencyKey` option must be a non-empty string .*got an empty string/,
    ],
    ["a blank idempotencyKey", { idempotencyKey: "   " }, /got an empty string/],
    ["an idempotencyKey with a line break", { idempotencyKey: "a\r\nb" }, /printable ASCII/],
    ["a number idempotencyKey", { idempotencyKey: 7 }, /got number/],
    ["a timeout of 2^31", { timeout: 2 ** 31 }, /from 1 to 2147483647/],
    ["maxRetries -1", { maxRetries: -1 }, /whole number ≥ 0/],
    ["a header with CR/LF", { headers: { "x-a": "1\r\n2" } }, /line break/],
    ["a signal that is not an AbortSignal", { signal: { aborted: false } }, /must be an AbortSignal/],
  ];
  it.each(cases)("%s: rejected before any request", async (_name, init, message) => {
    const stub = stubFetch(() => json(200, {}));
    const error = await rejection(looseClient({ fetch: stub.fetch }).POST("/v1/things", { body: {}, ...init }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
    expect(stub.sent).toEqual([]);
  });

  it("an init that is not an object", async () => {
    const error = await rejection(looseClient().GET("/v1/things", "limit=5" as never));
    expect(error).toBeInstanceOf(ConfigurationError);
  });

  it("a body JSON cannot hold (a BigInt) is a ConfigurationError, not a raw TypeError", async () => {
    const stub = stubFetch(() => json(200, {}));
    const error = await rejection(looseClient({ fetch: stub.fetch }).POST("/v1/things", { body: { n: 1n } }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/POST \/v1\/things: the request could not be built/);
    expect(stub.sent).toEqual([]);
  });
});

describe("pagination limits", () => {
  const pagination = { "/v1/list": { method: "get", style: "offset", items: "data", offset: "offset" } } as const;
  it.each([
    ["maxItems", 0],
    ["maxItems", -1],
    ["maxItems", 2.5],
    ["maxPages", 0],
    ["maxPages", "3"],
  ])("%s %j: rejected when the walk is made, before any request", (name, value) => {
    const stub = stubFetch(() => json(200, { data: [] }));
    const client = createApiClient<any, typeof pagination>(
      { ...testVendor, pagination },
      {
        apiKey: API_KEY,
        baseUrl: BASE_URL,
        fetch: stub.fetch,
      },
    );
    const error = configError(() => (client.paginate as any)("/v1/list", { [name]: value }));
    expect(error.message).toMatch(new RegExp(`\`${name}\` option must be a whole number ≥ 1`));
    expect(stub.sent).toEqual([]);
  });
});

describe("a fetch option that misbehaves", () => {
  it.each([undefined, null, { ok: true }, "200"])(
    "resolving to %j: a ConfigurationError, not retried",
    async (value) => {
      let calls = 0;
      const fetch = async () => {
        calls++;
        return value as unknown as Response;
      };
      const error = await rejection(looseClient({ fetch }).GET("/v1/things"));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/`fetch` option must resolve to a Response/);
      expect(calls).toBe(1);
    },
  );
});

describe("requests that cannot be sent", () => {
  it("a GET or HEAD with a body: a ConfigurationError before any request, not a retried ConnectionError", async () => {
    for (const method of ["GET", "HEAD"] as const) {
      const stub = stubFetch(() => json(200, {}));
      const error = await rejection(looseClient({ fetch: stub.fetch })[method]("/v1/things", { body: { a: 1 } }));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(new RegExp(`a ${method} request cannot have a body`));
      expect(stub.sent).toEqual([]);
    }
  });

  it("a request body given as a stream that never ends: the caller's abort ends the call at once", async () => {
    const controller = new AbortController();
    const stub = stubFetch(() => json(200, {}));
    const endless = () => new ReadableStream({ pull: () => new Promise(() => {}) });
    const call = looseClient({ fetch: stub.fetch }).POST("/v1/things", {
      body: {},
      bodySerializer: endless,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    expect(await rejection(call)).toBeInstanceOf(AbortError);
    expect(stub.sent).toEqual([]);
  });

  it("... and without an abort, the deadline ends it with a TimeoutError", async () => {
    const stub = stubFetch(() => json(200, {}));
    const endless = () => new ReadableStream({ pull: () => new Promise(() => {}) });
    const error = await rejection(
      looseClient({ fetch: stub.fetch, timeout: 30 }).POST("/v1/things", { body: {}, bodySerializer: endless }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
  });
});

describe("a fetch option that answers what no server sends", () => {
  it("a status outside 200–599 is a ConfigurationError, not retried", async () => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      return { status: 99, headers: new Headers(), body: null, type: "default", url: "" } as unknown as Response;
    };
    const error = await rejection(looseClient({ fetch }).GET("/v1/things"));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/status 99/);
    expect(calls).toBe(1);
  });

  it("Response.error() is a network error: a ConnectionError, retried", async () => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      return Response.error();
    };
    const error = await rejection(looseClient({ fetch, maxRetries: 1 }).GET("/v1/things"));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(calls).toBe(2);
  });

  it("a parseAs the body does not fit is a ResponseParseError, not a ConfigurationError", async () => {
    const stub = stubFetch(() => json(200, { ok: true }));
    const error = await rejection(looseClient({ fetch: stub.fetch }).GET("/v1/things", { parseAs: "formData" }));
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toMatch(/could not be read/);
  });
});

describe("a request body stream after a timeout or abort", () => {
  it("is cancelled: nothing more is pulled from it", async () => {
    let pulls = 0;
    let cancelled = false;
    const source = new ReadableStream({
      async pull(controller) {
        pulls++;
        await new Promise((resolve) => setTimeout(resolve, 1));
        controller.enqueue(new Uint8Array(1024));
      },
      cancel() {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const stub = stubFetch(() => json(200, {}));
    const error = await rejection(
      looseClient({ fetch: stub.fetch }).POST("/v1/things", {
        body: {},
        bodySerializer: () => source,
        signal: controller.signal,
      }),
    );
    expect(error).toBeInstanceOf(AbortError);
    const atAbort = pulls;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cancelled).toBe(true);
    expect(pulls - atAbort).toBeLessThanOrEqual(1);
  });
});

describe("headers in every form", () => {
  it("client headers as a Headers object, and per-call headers as Headers or pairs, are all sent (with an idempotency key too)", async () => {
    const stub = stubFetch(() => json(200, {}));
    const client = looseClient({ fetch: stub.fetch, headers: new Headers({ "X-Tenant": "t1" }) as never });
    await client.POST("/v1/things", { body: {}, headers: new Headers({ "X-Tag": "a" }), idempotencyKey: "k-1" });
    await client.GET("/v1/things", { headers: [["X-Tag", "b"]] });
    expect(stub.sent[0]!.headers.get("x-tenant")).toBe("t1");
    expect(stub.sent[0]!.headers.get("x-tag")).toBe("a");
    expect(stub.sent[0]!.headers.get("idempotency-key")).toBe("k-1");
    expect(stub.sent[1]!.headers.get("x-tag")).toBe("b");
    expect(stub.sent[1]!.headers.has("0")).toBe(false);
  });

  it("a params.header value with a line break is refused without quoting it; a value beyond Latin-1 is refused", async () => {
    const stub = stubFetch(() => json(200, {}));
    const error = await rejection(
      looseClient({ fetch: stub.fetch }).GET("/v1/things", {
        params: { header: { "x-token": "tok_SECRET\r\nX-Evil: 1" } },
      }),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).not.toContain("tok_SECRET");
    expect(configError(build({ headers: { "x-name": "café 🚀" } })).message).toMatch(/beyond Latin-1/);
    expect(stub.sent).toEqual([]);
  });
});

describe("options a call may not use", () => {
  it("a per-call baseUrl, pathSerializer or fetch (untyped, from JavaScript) is ignored: the call goes to the client's origin", async () => {
    const stub = stubFetch(() => json(200, {}));
    let other = 0;
    await looseClient({ fetch: stub.fetch }).GET("/v1/things", {
      baseUrl: "https://elsewhere.example",
      pathSerializer: () => "https://elsewhere.example/x",
      fetch: async () => {
        other++;
        return json(200, {});
      },
    });
    expect(stub.sent.map((s) => s.url)).toEqual(["https://api.test.example/v1/things"]);
    expect(other).toBe(0);
  });

  it("paginate with null options or null params: a ConfigurationError", () => {
    const pagination = { "/v1/list": { method: "get", style: "offset", items: "data", offset: "offset" } } as const;
    const client = createApiClient<any, typeof pagination>(
      { ...testVendor, pagination },
      {
        apiKey: API_KEY,
        baseUrl: BASE_URL,
      },
    ) as any;
    configError(() => client.paginate("/v1/list", null));
    configError(() => client.paginate("/v1/list", { params: null }));
  });
});

describe("an answer that comes after the deadline from a fetch that ignores the signal", () => {
  it("is dropped and its body cancelled, so the connection is freed", async () => {
    let cancelled = false;
    const fetch = () =>
      new Promise<Response>((resolve) =>
        setTimeout(
          () =>
            resolve(
              new Response(
                new ReadableStream({ pull: () => new Promise(() => {}), cancel: () => void (cancelled = true) }),
                { status: 200 },
              ),
            ),
          60,
        ),
      );
    const error = await rejection(looseClient({ fetch, timeout: 20, maxRetries: 0 }).GET("/v1/things"));
    expect(error).toBeInstanceOf(TimeoutError);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(cancelled).toBe(true);
  });
});
