/**
 * Paths and path parameters are checked before the request, so that no value can change which
 * resource, route or origin a request reaches.
 */
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../src/errors.js";
import { json, looseClient, rejection, stubFetch } from "./helpers.js";

async function refused(path: string, init?: Record<string, unknown>, extras?: Parameters<typeof looseClient>[0]) {
  const stub = stubFetch(() => json(200, {}));
  const error = await rejection(looseClient({ fetch: stub.fetch, ...extras }).DELETE(path, init));
  expect(error).toBeInstanceOf(ConfigurationError);
  expect(stub.sent).toEqual([]);
  return (error as Error).message;
}

describe("path parameters", () => {
  it.each([
    ["..", '`id` must not be ".."'],
    [".", '`id` must not be "."'],
    ["", "`id` is empty"],
  ])("%j is refused (it would change the path)", async (id, message) => {
    expect(await refused("/v1/customers/{id}", { params: { path: { id } } })).toContain(message);
  });

  it("a missing parameter is named, instead of sending /v1/customers/%7Bid%7D", async () => {
    expect(await refused("/v1/customers/{id}")).toBe(
      "DELETE /v1/customers/{id}: the path parameter `id` is missing; pass it as `params: { path: { id: … } }`.",
    );
    expect(await refused("/v1/customers/{id}", { params: { path: { other: 1 } } })).toMatch(/`id` is missing/);
    expect(await refused("/v1/customers/{id}", { params: { path: { id: null } } })).toMatch(/`id` is missing/);
  });

  it("an object or NaN is refused", async () => {
    expect(await refused("/v1/customers/{id}", { params: { path: { id: { a: 1 } } } })).toMatch(
      /string or a finite number; got object/,
    );
    expect(await refused("/v1/customers/{id}", { params: { path: { id: Number.NaN } } })).toMatch(/finite number/);
  });

  it("values with slashes, dots inside and encoded dots stay inside their segment", async () => {
    const stub = stubFetch(() => json(200, {}));
    const client = looseClient({ fetch: stub.fetch });
    for (const id of ["a/b", "...", "%2e%2e", "a..b", 0])
      await client.GET("/v1/customers/{id}", { params: { path: { id } } });
    expect(stub.sent.map((s) => new URL(s.url).pathname)).toEqual([
      "/v1/customers/a%2Fb",
      "/v1/customers/...",
      "/v1/customers/%252e%252e",
      "/v1/customers/a..b",
      "/v1/customers/0",
    ]);
  });
});

describe("the path itself", () => {
  it.each([
    ["v1/customers", /must be a string that starts with "\/"/],
    [":4011/v1/customers", /starts with "\/"/],
    ["/api/../platform/api/v1/users/1", /must not contain "." or ".." segments/],
    ["/api/%2e%2e/platform/api/v1/users/1", /no %-escapes/],
    ["/v1/./customers", /"." or ".." segments/],
    ["/v1/customers?limit=5", /must not hold a query/],
    ["/v1/customers/\\..\\..\\admin", /only the characters of a URL path/],
    ["/v1/customers/.\t./.\n./admin", /only the characters of a URL path/],
    ["/\tplatform/api/v1/users/1", /only the characters of a URL path/],
    ["/%70latform/api/v1/users/1", /no %-escapes/],
    ["/v1/customers/ x", /only the characters of a URL path/],
  ])("%j is refused", async (path, message) => {
    expect(await refused(path)).toMatch(message);
  });

  it("a route split (Voxys' audiences) holds after dot segments", async () => {
    const routes = { accepts: (path: string) => !path.startsWith("/platform/"), hint: "use the platform client" };
    const stub = stubFetch(() => json(200, {}));
    const { createApiClient } = await import("../src/client.js");
    const { testVendor, API_KEY, BASE_URL } = await import("./helpers.js");
    const client = createApiClient<any>(
      { ...testVendor, routes },
      { apiKey: API_KEY, baseUrl: BASE_URL, fetch: stub.fetch },
    ) as any;
    await expect(client.GET("/api/../platform/api/v1/users/1")).rejects.toBeInstanceOf(ConfigurationError);
    await expect(client.GET("/platform/api/v1/users/1")).rejects.toThrow(/not a route of this client/);
    // Checked again on the URL actually sent: a path parameter that fills in the route, or a doubled slash.
    await expect(client.GET("/{x}/api/v1/users/{id}", { params: { path: { x: "platform", id: 1 } } })).rejects.toThrow(
      /not a route of this client/,
    );
    await expect(client.GET("//platform/api/v1/users/{id}", { params: { path: { id: 1 } } })).rejects.toThrow(
      /not a route of this client/,
    );
    expect(stub.sent).toEqual([]);
  });
});
