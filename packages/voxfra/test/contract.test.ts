/**
 * Contract test: every Voxfra operation, called through createVoxfraClient,
 * against a Prism mock of specs/voxfra/openapi.yaml with request validation on.
 */
import { afterEach, describe, expect, it } from "vitest";
import { mockUrl, violationRecorder } from "../../../scripts/lib/contract.js";
import { AuthenticationError, createVoxfraClient } from "../src/index.js";

const apiKey = "vox_mgmt_contract_test_key";
const recorder = violationRecorder();
const client = createVoxfraClient({ apiKey, baseUrl: mockUrl(), fetch: recorder.fetch, maxRetries: 0 });

afterEach(() => {
  expect(recorder.violations).toEqual([]);
});

describe("Voxfra operations against the mock", () => {
  it("getHealth: GET /health needs no key", async () => {
    const { data, response } = await client.GET("/health", { headers: { "X-API-Key": null } });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("ok");
  });

  it("getCurrentApiKey: GET /v1/auth/me", async () => {
    const { data, error, response } = await client.GET("/v1/auth/me");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.environment).toMatch(/^(production|sandbox)$/);
  });

  it("createClient: POST /v1/clients", async () => {
    const { data, response } = await client.POST("/v1/clients", {
      body: { name: "ABC Motors", type: "automotive", subscription_plan: "Pro", status: "trial", phone_number: "+15551234567" },
    });
    expect(response.status).toBe(201);
    expect(data?.data.name).toBe("ABC Motors");
  });

  it("listCalls: GET /v1/calls with every filter", async () => {
    const { data, response } = await client.GET("/v1/calls", {
      params: {
        query: {
          client_id: "00000000-0000-0000-0000-000000000002",
          start_date: "2026-04-01T00:00:00Z",
          end_date: "2026-04-30T23:59:59Z",
          limit: 200,
          offset: 0,
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.data[0]?.call_duration_seconds).toBe(330);
    expect(data?.pagination.total).toBe(1);
  });

  it("listCustomers: GET /v1/customers with every filter", async () => {
    const { data, response } = await client.GET("/v1/customers", {
      params: { query: { client_id: "00000000-0000-0000-0000-000000000002", phone_number: "+15551234567", customer_status: "returning", limit: 1, offset: 5 } },
    });
    expect(response.status).toBe(200);
    expect(data?.data[0]?.customer_status).toBe("new");
  });
});

describe("pagination against the mock", () => {
  it("walks /v1/calls and /v1/customers", async () => {
    const calls = await client.paginate("/v1/calls", { params: { query: { limit: 50 } } }).toArray();
    const customers = await client.paginate("/v1/customers").toArray();
    expect(calls).toHaveLength(1);
    expect(customers[0]?.full_name).toBe("Jordan Smith");
  });
});

describe("documented failures", () => {
  it("a call without a key gets the documented 401", async () => {
    const { error, response } = await client.GET("/v1/auth/me", { headers: { "X-API-Key": null } });
    expect(response.status).toBe(401);
    expect(error).toEqual({ error: "Unauthorized" });
    recorder.violations.length = 0; // Prism flags the missing key as a violation: that is the point here.
  });

  it("the same call in throwing mode raises AuthenticationError", async () => {
    const throwing = createVoxfraClient({ apiKey, baseUrl: mockUrl(), throwOnError: true, maxRetries: 0 });
    const failure = await throwing.GET("/v1/auth/me", { headers: { "X-API-Key": null } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AuthenticationError);
    expect((failure as AuthenticationError).body).toEqual({ error: "Unauthorized" });
  });

  it("limit 201 is rejected by the mock", async () => {
    // @ts-expect-error 201 is above the documented maximum of 200 (limits.test-d.ts checks the types)
    const { response } = await client.GET("/v1/calls", { params: { query: { limit: 201 } } });
    expect(response.status).toBe(422);
    expect(recorder.violations[0]?.violations).toMatch(/limit/);
    recorder.violations.length = 0;
  });
});
