/**
 * Typed errors: openapi-fetch's `{ data, error, response }` by default, and with
 * `throwOnError` one class per status, carrying status, headers, body and request id.
 */
import { describe, expect, it } from "vitest";
import {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  createApiError,
  excerpt,
  InternalServerError,
  isApiError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseParseError,
  SdkError,
  TimeoutError,
  UnprocessableEntityError,
} from "../src/errors.js";
import { createApiClient } from "../src/client.js";
import { API_KEY, BASE_URL, hang, json, looseClient, rejection, stubFetch, testVendor } from "./helpers.js";

const always = (response: () => Response) => stubFetch(() => response());
const throwing = (fetch: (request: Request) => Promise<Response>, extra = {}) =>
  looseClient({ fetch, throwOnError: true, maxRetries: 0, ...extra });

describe("default mode: openapi-fetch's result", () => {
  it("a success gives data and no error", async () => {
    const { data, error, response } = await looseClient({ fetch: always(() => json(200, { id: 1 })).fetch }).GET(
      "/v1/things/1",
    );
    expect(data).toEqual({ id: 1 });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it("a failure gives the parsed error body and the response, and does not throw", async () => {
    const stub = always(() => json(404, { error: "Not found" }, { "x-request-id": "req_1" }));
    const { data, error, response } = await looseClient({ fetch: stub.fetch }).GET("/v1/things/1");
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: "Not found" });
    expect(response.status).toBe(404);
    expect(response.headers.get("x-request-id")).toBe("req_1");
  });

  it("a failure with no response still throws a typed error", async () => {
    const stub = stubFetch(() => {
      throw new TypeError("fetch failed");
    });
    expect(await rejection(looseClient({ fetch: stub.fetch, maxRetries: 0 }).GET("/v1/things"))).toBeInstanceOf(
      ConnectionError,
    );
  });
});

describe("throwOnError: one class per status", () => {
  const cases: [number, new (...args: any[]) => ApiError][] = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
    [504, InternalServerError],
    [405, ApiError],
    [410, ApiError],
    [418, ApiError],
  ];

  it.each(cases)("%i → %o", async (status, Class) => {
    const body = { error: `status ${status}`, code: "E_TEST" };
    const stub = always(() => json(status, body, { "x-request-id": `req_${status}` }));
    const error = (await rejection(
      throwing(stub.fetch).GET("/v1/things/42", { params: { query: { email: "a@b.c" } } }),
    )) as ApiError;
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(SdkError);
    expect(error).toBeInstanceOf(Error);
    expect(error.constructor).toBe(Class);
    expect(error.name).toBe(Class.name);
    expect(error.status).toBe(status);
    expect(error.body).toEqual(body);
    expect(error.headers).toBeInstanceOf(Headers);
    expect(error.headers.get("x-request-id")).toBe(`req_${status}`);
    expect(error.requestId).toBe(`req_${status}`);
    expect(error.message).toBe(
      `GET https://api.test.example/v1/things/42 failed with status ${status} (request id req_${status}): {"error":"status ${status}","code":"E_TEST"}`,
    );
    expect(error.message).not.toContain("a@b.c"); // the query string stays out of messages
  });

  it("a success resolves as usual", async () => {
    const { data } = await throwing(always(() => json(201, { id: 7 })).fetch).POST("/v1/things", { body: {} });
    expect(data).toEqual({ id: 7 });
  });

  it("the vendor's request id header, or `request-id`, is read", async () => {
    const byDefault = await rejection(
      throwing(always(() => json(400, {}, { "request-id": "rid_2" })).fetch).GET("/v1/x"),
    );
    expect((byDefault as ApiError).requestId).toBe("rid_2");
    const vendor = { ...testVendor, requestIdHeaders: ["x-trace", "x-request-id"] };
    const custom = await rejection(
      looseClient(
        {
          fetch: always(() => json(400, {}, { "x-trace": "tr_3", "x-request-id": "req_4" })).fetch,
          throwOnError: true,
        },
        vendor,
      ).GET("/v1/x"),
    );
    expect((custom as ApiError).requestId).toBe("tr_3");
    const none = await rejection(throwing(always(() => json(400, {})).fetch).GET("/v1/x"));
    expect((none as ApiError).requestId).toBeUndefined();
    expect((none as ApiError).message).not.toContain("request id");
  });

  it("RateLimitError carries retryAfter in seconds, from the headers or the vendor's body field", async () => {
    const seconds = await rejection(throwing(always(() => json(429, {}, { "retry-after": "7" })).fetch).GET("/v1/x"));
    expect(seconds).toBeInstanceOf(RateLimitError);
    expect((seconds as RateLimitError).retryAfter).toBe(7);
    const ms = await rejection(throwing(always(() => json(429, {}, { "retry-after-ms": "1500" })).fetch).GET("/v1/x"));
    expect((ms as RateLimitError).retryAfter).toBe(1.5);
    const vendor = {
      ...testVendor,
      retryAfterFromBody: (body: unknown) => (body as { retryAfter?: number })?.retryAfter,
    };
    const fromBody = await rejection(
      looseClient(
        { fetch: always(() => json(429, { retryAfter: 2 })).fetch, throwOnError: true, maxRetries: 0 },
        vendor,
      ).GET("/v1/x"),
    );
    expect((fromBody as RateLimitError).retryAfter).toBe(2);
    const unknown = await rejection(throwing(always(() => json(429, {})).fetch).GET("/v1/x"));
    expect((unknown as RateLimitError).retryAfter).toBeUndefined();
    // The same reading as the retry wait: a wait that is not finite is no wait at all.
    const huge = await rejection(
      throwing(always(() => json(429, {}, { "retry-after": "9".repeat(400) })).fetch, { maxRetries: 0 }).GET("/v1/x"),
    );
    expect((huge as RateLimitError).retryAfter).toBeUndefined();
  });

  it("a non-JSON body (a proxy's HTML 502 page) gives a typed error with an excerpt", async () => {
    const html = `<!DOCTYPE html>\n<html>\n  <head><title>502 Bad Gateway</title></head>\n  <body>\n    <center><h1>502 Bad Gateway</h1></center>\n${"    <p>upstream unavailable</p>\n".repeat(20)}  </body>\n</html>\n`;
    const stub = always(() => new Response(html, { status: 502, headers: { "content-type": "text/html" } }));
    const error = (await rejection(throwing(stub.fetch).GET("/v1/things"))) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.body).toBe(html);
    expect(error.message).toMatch(
      /^GET https:\/\/api\.test\.example\/v1\/things failed with status 502: <!DOCTYPE html> <html> <head><title>502 Bad Gateway/,
    );
    expect(error.message).not.toContain("\n");
    expect(error.message.length).toBeLessThan(300);
    expect(error.message.endsWith("…")).toBe(true);
  });

  it.each([
    ["no body", () => new Response(null, { status: 500 })],
    ["an empty body", () => new Response("", { status: 503 })],
    ["Content-Length: 0", () => new Response("", { status: 401, headers: { "content-length": "0" } })],
  ])("%s gives a typed error that says so", async (_name, response) => {
    const error = (await rejection(throwing(always(response).fetch).GET("/v1/things"))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(error.message).toMatch(/failed with status \d{3}: \(empty body\)$/);
  });

  it("the message names the method and path, even when the fetch gives a Response without a url", async () => {
    const error = await rejection(
      throwing(always(() => json(404, {})).fetch).DELETE("/v1/things/{id}", { params: { path: { id: "9" } } }),
    );
    expect((error as Error).message).toMatch(
      /^DELETE https:\/\/api\.test\.example\/v1\/things\/(9|\{id\}) failed with status 404/,
    );
  });

  it("the error of the last attempt is thrown after retries", async () => {
    const stub = stubFetch((_request, attempt) =>
      json(attempt < 3 ? 503 : 500, { attempt }, { "retry-after-ms": "0" }),
    );
    const error = (await rejection(
      looseClient({ fetch: stub.fetch, throwOnError: true }).GET("/v1/x"),
    )) as InternalServerError;
    expect(error.status).toBe(500);
    expect(error.body).toEqual({ attempt: 3 });
  });
});

describe("errors without a response", () => {
  it("ConnectionError: the server could not be reached; the cause is kept", async () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    const stub = stubFetch(() => {
      throw new TypeError("fetch failed", { cause });
    });
    const error = (await rejection(throwing(stub.fetch).GET("/v1/x"))) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toBeInstanceOf(SdkError);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error.name).toBe("ConnectionError");
    expect(error.message).toBe(
      "GET https://api.test.example/v1/x: the connection failed: connect ECONNREFUSED 127.0.0.1:9",
    );
    expect(error.cause).toBe(cause);
  });

  it("ConnectionError from something that is not an Error", async () => {
    const stub = stubFetch(() => {
      throw "socket hang up";
    });
    const error = await rejection(throwing(stub.fetch).GET("/v1/x"));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe("GET https://api.test.example/v1/x: the connection failed");
  });

  it("TimeoutError is a ConnectionError", async () => {
    const error = await rejection(throwing(stubFetch(hang).fetch, { timeout: 20 }).GET("/v1/x"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).name).toBe("TimeoutError");
  });

  it("AbortError is an SdkError, not a ConnectionError", async () => {
    const error = await rejection(throwing(stubFetch(hang).fetch).GET("/v1/x", { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toBeInstanceOf(SdkError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect((error as Error).name).toBe("AbortError");
  });

  it("ConfigurationError for bad options", () => {
    expect(() => looseClient({ apiKey: "wrong" })).toThrow(ConfigurationError);
    expect(new ConfigurationError("x")).toBeInstanceOf(SdkError);
  });

  it("TRACE is not offered, since fetch refuses it in every runtime (it would only ever fail with a raw TypeError)", () => {
    const client = looseClient() as Record<string, unknown>;
    expect(client.TRACE).toBeUndefined();
    expect(Object.keys(client).sort()).toEqual([
      "DELETE",
      "GET",
      "HEAD",
      "OPTIONS",
      "PATCH",
      "POST",
      "PUT",
      "paginate",
    ]);
  });
});

describe("createApiError and excerpt", () => {
  it("maps every 5xx to InternalServerError and other 4xx to ApiError", () => {
    const init = { headers: new Headers(), body: undefined, method: "GET", url: "https://x/y?z=1" };
    expect(createApiError({ ...init, status: 599 })).toBeInstanceOf(InternalServerError);
    expect(createApiError({ ...init, status: 451 }).constructor).toBe(ApiError);
    expect(createApiError({ ...init, status: 429, retryAfter: 3 })).toMatchObject({ retryAfter: 3 });
  });

  it("keeps excerpts short and on one line", () => {
    expect(excerpt(undefined)).toBe("(empty body)");
    expect(excerpt(null)).toBe("(empty body)");
    expect(excerpt("")).toBe("(empty body)");
    expect(excerpt("a\n\n  b\tc")).toBe("a b c");
    expect(excerpt({ a: 1 })).toBe('{"a":1}');
    expect(excerpt("x".repeat(500))).toBe(`${"x".repeat(200)}…`);
  });
});

describe("isApiError", () => {
  it("narrows API errors and nothing else", () => {
    const error: unknown = createApiError({
      status: 404,
      headers: new Headers(),
      body: { error: "Not found" },
      method: "GET",
      url: "https://x.test/a",
    });
    expect(isApiError<{ error: string }>(error) && error.body.error).toBe("Not found");
    expect(isApiError(new ConnectionError("down"))).toBe(false);
    expect(isApiError(new Error("plain"))).toBe(false);
    expect(isApiError(undefined)).toBe(false);
  });
});

describe("throwing mode and an empty 2xx answer", () => {
  const client = (fetch: (request: Request) => Promise<Response>, throwOnError = true) =>
    createApiClient<any, {}, boolean>(
      { ...testVendor, emptyAnswers: ["delete /v1/things/{id}"] },
      { apiKey: API_KEY, baseUrl: BASE_URL, fetch, throwOnError },
    ) as any;
  const empty =
    (status: number, headers: Record<string, string> = {}) =>
    async () =>
      new Response(null, { status, headers });

  it("where the operation documents a JSON body: a ResponseParseError, not data left undefined", async () => {
    for (const headers of [{}, { "content-length": "0" }, { "content-type": "application/json" }] as Record<
      string,
      string
    >[]) {
      const error = await rejection(
        client(empty(200, headers)).GET("/v1/things/{id}", { params: { path: { id: 1 } } }),
      );
      expect(error).toBeInstanceOf(ResponseParseError);
      expect((error as Error).message).toMatch(/is empty, where the operation documents a JSON body/);
    }
  });

  it("where the operation documents an answer without a body, a 204, a HEAD, or another parseAs: data is undefined, no error", async () => {
    expect((await client(empty(200)).DELETE("/v1/things/{id}", { params: { path: { id: 1 } } })).data).toBeUndefined();
    expect((await client(empty(204)).GET("/v1/things/{id}", { params: { path: { id: 1 } } })).data).toBeUndefined();
    expect((await client(empty(200)).HEAD("/v1/things/{id}", { params: { path: { id: 1 } } })).data).toBeUndefined();
    expect(
      (await client(empty(200)).GET("/v1/things/{id}", { params: { path: { id: 1 } }, parseAs: "text" })).data,
    ).toBe("");
  });

  it("without throwOnError the result is returned as it is", async () => {
    expect(
      (await client(empty(200), false).GET("/v1/things/{id}", { params: { path: { id: 1 } } })).data,
    ).toBeUndefined();
  });
});
