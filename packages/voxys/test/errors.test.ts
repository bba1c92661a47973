/**
 * The documented failures: a missing token gets 401 `{ error }`, and in
 * throwing mode 404 and 422 surface as typed errors carrying the CRM's bodies.
 */
import { describe, expect, it } from "vitest";
import { mockUrl } from "@voiceapis/contract-harness";
import {
  AuthenticationError,
  ConfigurationError,
  createVoxysClient,
  NotFoundError,
  UnprocessableEntityError,
  type VoxysApiError,
} from "../src/index.js";
import { apiKey, contractClient } from "./support.js";

const { client, fetch, expectViolations } = contractClient();
const throwing = createVoxysClient({
  apiKey,
  accountId: 1,
  baseUrl: mockUrl(),
  fetch,
  maxRetries: 0,
  throwOnError: true,
});

describe("documented failures", () => {
  it("a call without the api_access_token header gets 401 { error }", async () => {
    expectViolations(/security scheme/); // Prism flags the missing token: that is the point here.
    const { data, error, response } = await client.GET("/api/v1/accounts/{account_id}/leads/stats", {
      headers: { api_access_token: null },
    });
    expect(response.status).toBe(401);
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: "Unauthorized" });
  });

  it("the same call in throwing mode raises AuthenticationError", async () => {
    expectViolations(/security scheme/);
    const failure = await throwing
      .GET("/api/v1/accounts/{account_id}/leads/stats", { headers: { api_access_token: null } })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AuthenticationError);
    expect((failure as VoxysApiError).status).toBe(401);
    expect((failure as VoxysApiError).body).toEqual({ error: "Unauthorized" });
    expect((failure as Error).message).not.toContain(apiKey);
  });

  it("404 surfaces as NotFoundError with the { error } body", async () => {
    const failure = await throwing
      .GET("/api/v1/accounts/{account_id}/leads/{id}", {
        params: { path: { id: 999 } },
        headers: { Prefer: "code=404" },
      })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NotFoundError);
    const body = (failure as VoxysApiError).body;
    expect(body && "error" in body && body.error).toBe("Resource not found");
    expect((failure as Error).message).toMatch(/GET .*\/accounts\/1\/leads\/999 failed with status 404/);
  });

  it("422 surfaces as UnprocessableEntityError with the { errors } body", async () => {
    const failure = await throwing
      .POST("/api/v1/accounts/{account_id}/companies", { body: { name: "" }, headers: { Prefer: "code=422" } })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UnprocessableEntityError);
    const body = (failure as VoxysApiError).body;
    expect(body && "errors" in body && body.errors).toEqual({ name: ["can't be blank"] });
  });

  it("a stage that still holds cards cannot be deleted (422)", async () => {
    const failure = await throwing
      .DELETE("/api/v1/accounts/{account_id}/funnels/{id}/stages/{stage_id}", {
        params: { path: { id: 3, stage_id: 7 } },
        headers: { Prefer: "code=422" },
      })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UnprocessableEntityError);
    expect((failure as VoxysApiError).body).toEqual({ errors: { base: ["Stage still contains cards"] } });
  });

  it("per_page 101 is rejected before a request is sent, naming the parameter and its range", async () => {
    const sent: Request[] = [];
    const counted = createVoxysClient({
      apiKey,
      accountId: 1,
      baseUrl: mockUrl(),
      fetch: (request) => {
        sent.push(request);
        return fetch(request);
      },
    });
    const perPage: number = 101;
    const failure = await counted
      .GET("/api/v1/accounts/{account_id}/leads", { params: { query: { per_page: perPage } } })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConfigurationError);
    expect((failure as Error).message).toBe(
      "GET /api/v1/accounts/{account_id}/leads: the query parameter `per_page` must be an integer from 1 to 100; got 101.",
    );
    expect(sent).toEqual([]);
  });

  it("a missing key fails at construction and names the option and the env var", () => {
    const saved = process.env.VOXYS_API_KEY;
    delete process.env.VOXYS_API_KEY;
    try {
      expect(() => createVoxysClient({ accountId: 1 })).toThrow(ConfigurationError);
      expect(() => createVoxysClient()).toThrow(/`apiKey`.*VOXYS_API_KEY/);
    } finally {
      if (saved !== undefined) process.env.VOXYS_API_KEY = saved;
    }
  });
});
