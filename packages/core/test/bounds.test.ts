/**
 * Documented bounds of numeric parameters are checked before a request: the
 * error names the parameter, its range and what it got, and nothing is sent.
 */
import { describe, expect, it } from "vitest";
import { API_KEY, BASE_URL, json, type LooseClient, rejection, stubFetch, testVendor } from "./helpers.js";
import { checkBounds, describeBound, type ParameterBounds } from "../src/bounds.js";
import { createApiClient } from "../src/client.js";
import { ConfigurationError } from "../src/errors.js";

const bounds: ParameterBounds = {
  "get /v1/calls": {
    query: { limit: { integer: true, minimum: 1, maximum: 200 }, offset: { integer: true, minimum: 0 } },
  },
  "get /v1/calls/{id}/parts": {
    path: { id: { integer: true, minimum: 1 } },
    query: { ratio: { exclusiveMinimum: 0, maximum: 1 } },
  },
};

function message(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigurationError");
}

describe("checkBounds", () => {
  it("names the parameter, the range and the value", () => {
    expect(message(() => checkBounds(bounds, "GET", "/v1/calls", { query: { limit: 201 } }))).toBe(
      "GET /v1/calls: the query parameter `limit` must be an integer from 1 to 200; got 201.",
    );
    expect(message(() => checkBounds(bounds, "get", "/v1/calls", { query: { limit: 0 } }))).toMatch(
      /`limit` must be an integer from 1 to 200; got 0\.$/,
    );
    expect(message(() => checkBounds(bounds, "get", "/v1/calls", { query: { offset: -1 } }))).toMatch(
      /`offset` must be an integer ≥ 0; got -1\.$/,
    );
  });

  it("rejects a fraction for an integer, and says when it got a string or NaN", () => {
    expect(message(() => checkBounds(bounds, "get", "/v1/calls", { query: { limit: 1.5 } }))).toMatch(/got 1\.5\.$/);
    expect(message(() => checkBounds(bounds, "get", "/v1/calls", { query: { limit: "50" } }))).toMatch(
      /got the string "50"\.$/,
    );
    expect(message(() => checkBounds(bounds, "get", "/v1/calls", { query: { limit: Number.NaN } }))).toMatch(
      /got NaN\.$/,
    );
  });

  it("checks path parameters and exclusive bounds", () => {
    expect(message(() => checkBounds(bounds, "get", "/v1/calls/{id}/parts", { path: { id: 0 } }))).toBe(
      "GET /v1/calls/{id}/parts: the path parameter `id` must be an integer ≥ 1; got 0.",
    );
    expect(
      message(() => checkBounds(bounds, "get", "/v1/calls/{id}/parts", { path: { id: 1 }, query: { ratio: 0 } })),
    ).toMatch(/`ratio` must be a number > 0 and ≤ 1; got 0\.$/);
  });

  it("accepts values in range, absent parameters, and operations without bounds", () => {
    expect(() => checkBounds(bounds, "get", "/v1/calls", { query: { limit: 200, offset: 0 } })).not.toThrow();
    expect(() => checkBounds(bounds, "get", "/v1/calls", { query: { limit: undefined } })).not.toThrow();
    expect(() => checkBounds(bounds, "get", "/v1/calls", undefined)).not.toThrow();
    expect(() => checkBounds(bounds, "post", "/v1/calls", { query: { limit: 500 } })).not.toThrow();
    expect(() =>
      checkBounds(bounds, "get", "/v1/calls/{id}/parts", { path: { id: 3 }, query: { ratio: 0.5 } }),
    ).not.toThrow();
  });

  it("describes each kind of bound", () => {
    expect(describeBound({ integer: true, minimum: 1, maximum: 100 })).toBe("an integer from 1 to 100");
    expect(describeBound({ maximum: 1 })).toBe("a number ≤ 1");
    expect(describeBound({ integer: true, exclusiveMaximum: 10 })).toBe("an integer < 10");
  });
});

describe("a client with bounds", () => {
  const client = (fetch: (request: Request) => Promise<Response>, throwOnError = false) =>
    createApiClient<any, {}, boolean>(
      { ...testVendor, bounds },
      { apiKey: API_KEY, baseUrl: BASE_URL, fetch, throwOnError },
    ) as unknown as LooseClient;

  it.each([false, true])("throwOnError %s: an out-of-range limit rejects before any request", async (throwOnError) => {
    const stub = stubFetch(() => json(200, { data: [] }));
    const error = await rejection(
      client(stub.fetch, throwOnError).GET("/v1/calls", { params: { query: { limit: 201 } } }),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      "GET /v1/calls: the query parameter `limit` must be an integer from 1 to 200; got 201.",
    );
    expect(stub.sent).toHaveLength(0);
  });

  it("an in-range limit is sent", async () => {
    const stub = stubFetch(() => json(200, { data: [] }));
    await client(stub.fetch).GET("/v1/calls", { params: { query: { limit: 200 } } });
    expect(stub.sent).toHaveLength(1);
    expect(stub.sent[0]!.url).toBe(`${BASE_URL}/v1/calls?limit=200`);
  });
});
