/**
 * Contract test: every Voxfra operation, called through createVoxfraClient,
 * against a Prism mock of specs/voxfra/openapi.yaml with request validation on.
 * test/coverage.test.ts checks that together they exercised every operation.
 */
import { describe, expect, it } from "vitest";
import { contractHarness, mockUrl } from "@voiceapis/contract-harness";
import { AuthenticationError, ConfigurationError, createVoxfraClient } from "../src/index.js";

const apiKey = "vox_mgmt_contract_test_key";
const spec = new URL("../src/generated/openapi.yaml", import.meta.url);
const { client, requests, expectViolations } = contractHarness(
  (fetch) => createVoxfraClient({ apiKey, baseUrl: mockUrl(), fetch, maxRetries: 0 }),
  { spec },
);
const callId = "11111111-1111-1111-1111-111111111111";

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
      body: {
        name: "ABC Motors",
        type: "automotive",
        subscription_plan: "Pro",
        status: "trial",
        phone_number: "+15551234567",
      },
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
      params: {
        query: {
          client_id: "00000000-0000-0000-0000-000000000002",
          phone_number: "+15551234567",
          customer_status: "returning",
          limit: 1,
          offset: 5,
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.data[0]?.customer_status).toBe("new");
  });

  it("listCallEvaluations: GET /v1/calls/evaluations with limit and offset", async () => {
    const { data, error, response } = await client.GET("/v1/calls/evaluations", {
      params: { query: { limit: 10, offset: 0 } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(new URL(response.url).pathname).toBe("/v1/calls/evaluations");
    const evaluation = data?.data[0];
    expect(evaluation?.status).toBe("completed");
    expect(evaluation?.call?.id).toBe(callId);
    expect(evaluation?.lead_quality?.result?.scores?.failure_risk?.score).toBe(2);
    expect(evaluation?.prompt_adherence?.result?.prompt?.system_variables).toEqual({
      dealership_name: "Northside Auto",
      escalation_phone: "+14165550123",
    });
    expect(data?.pagination.total).toBe(1);
  });

  it("getCallEvaluations: GET /v1/calls/{id}/evaluations answers a pending stage with a null result", async () => {
    const { data, error, response } = await client.GET("/v1/calls/{id}/evaluations", {
      params: { path: { id: callId } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.data.call_id).toBe(callId);
    expect(data?.data.status).toBe("partial");
    expect(data?.data.lead_quality?.result?.overall_score).toBe(4.5);
    expect(data?.data.prompt_adherence).toEqual({ state: "pending", completed_at: null, result: null });
  });
});

describe("pagination against the mock", () => {
  it("walks /v1/calls, /v1/customers and /v1/calls/evaluations", async () => {
    const calls = await client.paginate("/v1/calls", { params: { query: { limit: 50 } } }).toArray();
    const customers = await client.paginate("/v1/customers").toArray();
    const evaluations = await client.paginate("/v1/calls/evaluations").toArray();
    expect(calls).toHaveLength(1);
    expect(customers[0]?.full_name).toBe("Jordan Smith");
    expect(evaluations.map((evaluation) => evaluation.call?.id)).toEqual([callId]);
  });
});

describe("documented failures", () => {
  it("a call without a key gets the documented 401", async () => {
    expectViolations(/security scheme/); // Prism flags the missing key: that is the point here.
    const { error, response } = await client.GET("/v1/auth/me", { headers: { "X-API-Key": null } });
    expect(response.status).toBe(401);
    expect(error).toEqual({ error: "Unauthorized" });
  });

  it("the same call in throwing mode raises AuthenticationError", async () => {
    const throwing = createVoxfraClient({ apiKey, baseUrl: mockUrl(), throwOnError: true, maxRetries: 0 });
    const failure = await throwing.GET("/v1/auth/me", { headers: { "X-API-Key": null } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AuthenticationError);
    expect((failure as AuthenticationError).body).toEqual({ error: "Unauthorized" });
  });

  it("limit 201 is rejected before a request is sent, naming the parameter and its range", async () => {
    const pageSize: number = 201;
    const sent = requests.length;
    const failure = await client.GET("/v1/calls", { params: { query: { limit: pageSize } } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConfigurationError);
    expect((failure as Error).message).toBe(
      "GET /v1/calls: the query parameter `limit` must be an integer from 1 to 200; got 201.",
    );
    expect(requests).toHaveLength(sent);
  });
});
