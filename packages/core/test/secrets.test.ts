/**
 * The API key never leaks: not in error messages, `String(err)`, `JSON.stringify(err)`,
 * any property of an error (its cause included), nor in a logging hook's events —
 * on every error path. A missing or malformed key fails at construction, naming
 * the option and the environment variable without echoing the key.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApiClient, type VendorConfig } from "../src/client.js";
import { AbortError, ApiError, ConfigurationError, ConnectionError, TimeoutError } from "../src/errors.js";
import type { ClientOptions } from "../src/types.js";
import { BASE_URL, hang, json, type LooseClient, rejection, stubFetch, testVendor, useFakeClock } from "./helpers.js";

const CANARY = "vox_mgmt_CANARY_5f1d2c9a7e3b";
const SECRET_PART = "CANARY_5f1d2c9a7e3b";

/** Every string reachable from `value`: own properties (enumerable or not), causes, headers, nested objects. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  if (value instanceof Headers) for (const [name, text] of value) out.push(name, text);
  for (const key of Reflect.ownKeys(value)) {
    out.push(String(key));
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && "value" in descriptor) out.push(...strings(descriptor.value, seen));
  }
  if (value instanceof Error && value.cause !== undefined) out.push(...strings(value.cause, seen));
  return out;
}

function expectNoSecret(error: unknown, events: unknown[] = []) {
  expect(error).toBeInstanceOf(Error);
  const err = error as Error;
  const texts = [
    err.message,
    String(err),
    JSON.stringify(err),
    err.stack ?? "",
    JSON.stringify(events),
    ...strings(err),
  ];
  for (const text of texts) {
    expect(text).not.toContain(SECRET_PART);
  }
}

/** A client with the canary key, a hook that records every event, and a stub that checks the key was sent. */
function canaryClient(
  handler: Parameters<typeof stubFetch>[0],
  options: ClientOptions<boolean> = {},
  vendor: VendorConfig = testVendor,
) {
  const events: unknown[] = [];
  const stub = stubFetch((request, attempt) => {
    expect(JSON.stringify([...request.headers])).toContain(SECRET_PART); // the key is in play
    return handler(request, attempt);
  });
  const client = createApiClient<any, {}, boolean>(vendor, {
    apiKey: CANARY,
    baseUrl: BASE_URL,
    fetch: stub.fetch,
    throwOnError: true,
    timeout: 30,
    hooks: { onRequest: (e) => events.push(e), onResponse: (e) => events.push(e), onRetry: (e) => events.push(e) },
    ...options,
  }) as unknown as LooseClient;
  return { client, events, stub };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the key stays out of errors and logs", () => {
  it.each([400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 418])("HTTP %i", async (status) => {
    const { client, events, stub } = canaryClient(() =>
      json(status, { error: "nope", detail: "bad request" }, { "retry-after-ms": "0", "x-request-id": "req_1" }),
    );
    const error = await rejection(client.GET("/v1/things", { params: { query: { q: "x" } } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(stub.sent.length).toBeGreaterThan(0);
    expectNoSecret(error, events);
  });

  it("HTTP error in default mode: the hook events", async () => {
    const { client, events } = canaryClient(() => json(503, { error: "down" }, { "retry-after-ms": "0" }), {
      throwOnError: false,
    });
    const { error, response } = await client.GET("/v1/things");
    expect(response.status).toBe(503);
    expect(JSON.stringify(error)).not.toContain(SECRET_PART);
    expect(events.length).toBe(8); // 3 requests, 3 responses, 2 retries
    expect(JSON.stringify(events)).not.toContain(SECRET_PART);
  });

  it("a non-JSON error body", async () => {
    const { client, events } = canaryClient(() => new Response("<html>502 Bad Gateway</html>", { status: 502 }), {
      maxRetries: 0,
    });
    expectNoSecret(await rejection(client.GET("/v1/things")), events);
  });

  it("a connection error, whose cause is kept", async () => {
    const { client, events } = canaryClient(
      () => {
        throw new TypeError("fetch failed", {
          cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
        });
      },
      { maxRetries: 0 },
    );
    const error = await rejection(client.GET("/v1/things"));
    expect(error).toBeInstanceOf(ConnectionError);
    expectNoSecret(error, events);
  });

  it("a timeout, after retries", async () => {
    useFakeClock();
    try {
      const { client, events } = canaryClient(hang);
      const outcome = rejection(client.GET("/v1/things"));
      await vi.runAllTimersAsync();
      const error = await outcome;
      expect(error).toBeInstanceOf(TimeoutError);
      expect(events.length).toBe(5); // 3 requests, 2 retries
      expectNoSecret(error, events);
    } finally {
      vi.useRealTimers();
    }
  });

  it("an abort, during an attempt and before one", async () => {
    const { client, events } = canaryClient(hang);
    const controller = new AbortController();
    const during = rejection(client.GET("/v1/things", { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error("cancelled by the user")), 5);
    const error = await during;
    expect(error).toBeInstanceOf(AbortError);
    expectNoSecret(error, events);
    const before = await rejection(client.GET("/v1/things", { signal: AbortSignal.abort() }));
    expect(before).toBeInstanceOf(AbortError);
    expectNoSecret(before, events);
  });

  it("a Bearer key", async () => {
    const bearer: VendorConfig = { ...testVendor, header: "Authorization", scheme: "Bearer", prefix: undefined };
    const { client, events, stub } = canaryClient(() => json(401, { message: "Unauthorized" }), {}, bearer);
    expectNoSecret(await rejection(client.GET("/v1/things")), events);
    expect(stub.sent[0]!.headers.get("authorization")).toBe(`Bearer ${CANARY}`);
  });

  it("a pagination walk that fails on its second page", async () => {
    const events: unknown[] = [];
    const stub = stubFetch((_request, attempt) =>
      attempt === 1
        ? json(200, { data: [1], pagination: { total: 5 } })
        : json(500, { error: "boom" }, { "retry-after-ms": "0" }),
    );
    const pagination = {
      "/v1/calls": {
        method: "get",
        style: "offset",
        items: "data",
        offset: "offset",
        limit: "limit",
        total: "pagination.total",
      },
    } as const;
    const client = createApiClient<any, typeof pagination>(
      { ...testVendor, pagination },
      {
        apiKey: CANARY,
        baseUrl: BASE_URL,
        fetch: stub.fetch,
        hooks: { onRetry: (e) => events.push(e) },
      },
    );
    const error = await rejection((client.paginate as LooseClient["paginate"])("/v1/calls").toArray());
    expect(error).toBeInstanceOf(ApiError);
    expectNoSecret(error, events);
  });
});

describe("a missing or malformed key fails at construction", () => {
  const construct =
    (options: ClientOptions<boolean>, vendor: VendorConfig = testVendor) =>
    () =>
      createApiClient<any, {}, boolean>(vendor, {
        baseUrl: BASE_URL,
        fetch: stubFetch(() => json(200, {})).fetch,
        ...options,
      });

  function configurationError(build: () => unknown): ConfigurationError {
    try {
      build();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      return error as ConfigurationError;
    }
    throw new Error("expected construction to throw");
  }

  it("no key: names the option and the environment variable", () => {
    vi.stubEnv("TESTFRA_API_KEY", undefined);
    for (const apiKey of [undefined, "", "   "]) {
      const error = configurationError(construct({ apiKey }));
      expect(error.message).toContain("`apiKey`");
      expect(error.message).toContain("TESTFRA_API_KEY");
      expectNoSecret(error);
    }
  });

  it("a key in the wrong format: names the option, the variable and the prefix, without echoing the key", () => {
    const wrong = `sk_live_${SECRET_PART}`;
    const error = configurationError(construct({ apiKey: wrong }));
    expect(error.message).toContain("`apiKey`");
    expect(error.message).toContain("TESTFRA_API_KEY");
    expect(error.message).toContain('"vox_mgmt_"');
    expect(error.message).not.toContain("sk_live");
    expectNoSecret(error);
  });

  it("a malformed key from the environment variable is not echoed either", () => {
    vi.stubEnv("TESTFRA_API_KEY", `pk_${SECRET_PART}`);
    const error = configurationError(construct({}));
    expect(error.message).toContain("TESTFRA_API_KEY");
    expectNoSecret(error);
  });

  it("the environment variable is the fallback", async () => {
    vi.stubEnv("TESTFRA_API_KEY", ` ${CANARY}\n`);
    const stub = stubFetch(() => json(200, {}));
    const client = createApiClient<any>(testVendor, { baseUrl: BASE_URL, fetch: stub.fetch }) as unknown as LooseClient;
    await client.GET("/v1/things");
    expect(stub.sent[0]!.headers.get("x-api-key")).toBe(CANARY); // trimmed
  });

  it.each([
    ["a line break", `${CANARY}\nX-Injected: 1`],
    ["a carriage return", `${CANARY}\r`.concat("tail")],
    ["a NUL byte", `${CANARY}\u0000tail`],
    ["a character outside Latin-1", `${CANARY}€`],
    ["inner whitespace", `vox_mgmt_ ${SECRET_PART}`],
  ])(
    "a key containing %s fails at construction, not at the first request with the key in a TypeError",
    async (_name, apiKey) => {
      for (const vendor of [testVendor, { ...testVendor, prefix: undefined }]) {
        let error: unknown;
        try {
          const client = construct({ apiKey }, vendor)() as unknown as LooseClient;
          await client.GET("/v1/things");
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(ConfigurationError);
        expect((error as Error).message).toContain("`apiKey`");
        expect((error as Error).message).toContain("TESTFRA_API_KEY");
        expectNoSecret(error);
      }
    },
  );
});

describe("an anonymous vendor (public routes that take no key)", () => {
  const publicVendor: VendorConfig = { ...testVendor, anonymous: true };

  it("sends no key header, even when the key's environment variable is set", async () => {
    vi.stubEnv("TESTFRA_API_KEY", CANARY);
    const stub = stubFetch(() => json(200, {}));
    const client = createApiClient<any>(publicVendor, {
      baseUrl: BASE_URL,
      fetch: stub.fetch,
    }) as unknown as LooseClient;
    await client.GET("/v1/things");
    expect(stub.sent[0]!.headers.get("x-api-key")).toBeNull();
  });

  it("refuses an apiKey option at construction, without echoing it", () => {
    const build = () => createApiClient<any>(publicVendor, { apiKey: CANARY, baseUrl: BASE_URL });
    expect(build).toThrow(ConfigurationError);
    expect(build).toThrow("take no API key");
    try {
      build();
    } catch (error) {
      expectNoSecret(error as Error);
    }
  });
});
