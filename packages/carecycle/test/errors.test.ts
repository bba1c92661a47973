/**
 * Documented failures against the mock: each error status the spec lists,
 * forced with `Prefer: code=NNN`, surfaces in throwing mode as the matching
 * typed error carrying the documented body and code.
 */
import { describe, expect, it } from "vitest";
import { mockUrl } from "@voiceapis/contract-harness";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  type CarecycleApiError,
  ConfigurationError,
  type CarecycleErrorCode,
  type components,
  createCarecycleClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../src/index.js";
import { apiKey, contractClient, ids } from "./support.js";

const { client, fetch, expectViolations } = contractClient();
const throwing = createCarecycleClient({
  apiKey,
  baseUrl: mockUrl(),
  fetch,
  maxRetries: 0,
  throwOnError: true,
});

/** Calls GET /v2/customers/{id} (which documents every error status) with `Prefer: code=<status>`; returns what it throws. */
async function forced(status: number): Promise<CarecycleApiError> {
  const thrown = await throwing
    .GET("/v2/customers/{id}", { params: { path: { id: ids.customer } }, headers: { Prefer: `code=${status}` } })
    .then(
      () => undefined,
      (error: unknown) => error,
    );
  expect(thrown).toBeInstanceOf(ApiError);
  return thrown as CarecycleApiError;
}

/** The spec's status ↔ code table, with the error class core maps each status to. */
const documented: [status: number, code: CarecycleErrorCode, errorClass: typeof ApiError][] = [
  [400, "VALIDATION_ERROR", BadRequestError],
  [401, "UNAUTHORIZED", AuthenticationError],
  [403, "FORBIDDEN", PermissionDeniedError],
  [404, "NOT_FOUND", NotFoundError],
  [422, "VALIDATION_ERROR", UnprocessableEntityError],
  [429, "RATE_LIMIT_EXCEEDED", RateLimitError],
  [500, "INTERNAL_ERROR", InternalServerError],
];

describe("each documented error status, in throwing mode", () => {
  it.each(documented)("%i with code %s throws its typed error", async (status, code, errorClass) => {
    const error = await forced(status);
    expect(error).toBeInstanceOf(errorClass);
    expect(error.status).toBe(status);
    expect(error.body.code).toBe(code);
    expect(typeof error.body.message).toBe("string");
    expect(error.message).toContain(`failed with status ${status}`);
    expect(error.message).not.toContain(apiKey);
  });

  it("422 carries the validation issues in errors[]", async () => {
    const error = (await forced(422)) as UnprocessableEntityError<components["schemas"]["ValidationErrorResponse"]>;
    expect(error.body.errors).toEqual([
      {
        path: ["records", "0", "phoneNumber"],
        message: "Required",
        expected: "string",
        received: "undefined",
        code: "invalid_type",
      },
    ]);
  });

  it("429 is a RateLimitError whose retryAfter is the body's retryAfter (no Retry-After header)", async () => {
    const error = (await forced(429)) as RateLimitError<components["schemas"]["RateLimitErrorResponse"]>;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.headers.get("retry-after")).toBeNull();
    expect(error.body.retryAfter).toBe(60);
    expect(error.retryAfter).toBe(error.body.retryAfter);
  });
});

describe("failures in the default (non-throwing) mode", () => {
  it("returns the typed error body instead of throwing", async () => {
    const { data, error, response } = await client.GET("/v2/custom-fields/{id}", {
      params: { path: { id: ids.customFieldDefinition } },
      headers: { Prefer: "code=404" },
    });
    expect(response.status).toBe(404);
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: "Resource not found", code: "NOT_FOUND" });
  });

  it("a call without a key gets the documented 401", async () => {
    expectViolations(/security scheme/); // Prism flags the missing key: that is the point here.
    const { error, response } = await client.GET("/v2/campaigns", { headers: { "x-api-key": null } });
    expect(response.status).toBe(401);
    expect(error?.code).toBe("UNAUTHORIZED");
  });

  it("limit 101 is rejected before a request is sent, naming the parameter and its range", async () => {
    const sent: Request[] = [];
    const counted = createCarecycleClient({
      apiKey,
      baseUrl: mockUrl(),
      fetch: (request) => {
        sent.push(request);
        return fetch(request);
      },
    });
    const failure = await counted.GET("/v2/customers", { params: { query: { limit: 101 } } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConfigurationError);
    expect((failure as Error).message).toBe(
      "GET /v2/customers: the query parameter `limit` must be an integer from 1 to 100; got 101.",
    );
    expect(sent).toEqual([]);
  });
});
