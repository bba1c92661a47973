// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Failures against the Prism mock: every error status carries the
 * `{ error: { code, message, details } }` envelope; in throwing mode the
 * statuses surface as the matching typed errors. The mock answers bad input
 * with 400 (vox.ai's VALIDATION_ERROR), never 422.
 */
import { describe, expect, it, vi } from "vitest";
import { mockUrl } from "@voiceapis/contract-harness";
import {
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  createVoxaiClient,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  type VoxaiApiError,
  type VoxaiErrorCode,
} from "../src/index.js";
import { apiKey, contractClient, ids, queryPairs } from "./support.js";

const { client, fetch: recordingFetch, lastRequest, expectViolations } = contractClient();
const throwing = createVoxaiClient({ apiKey, baseUrl: mockUrl(), fetch: recordingFetch, maxRetries: 0, throwOnError: true });

/** Runs a call that must fail and returns what it threw. */
async function failure(call: Promise<unknown>): Promise<VoxaiApiError> {
  const thrown = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (thrown === undefined) throw new Error("the call did not throw");
  return thrown as VoxaiApiError;
}

describe("throwing mode: Prefer code=… surfaces as typed errors with the envelope", () => {
  it("404 → NotFoundError", async () => {
    const err = await failure(throwing.GET("/v3/agents/{agent_id}", { params: { path: { agent_id: ids.agent } }, headers: { Prefer: "code=404" } }));
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.status).toBe(404);
    const code: VoxaiErrorCode = err.body.error.code;
    expect(code).toBe("NOT_FOUND");
    expect(err.body.error.details).toEqual({});
    expect(err.message).toMatch(/^GET .*\/v3\/agents\/3c90c3cc-0d44-4b50-8888-8dd25736052a failed with status 404/);
  });

  it("409 → ConflictError (a campaign in a state that cannot be edited)", async () => {
    const err = await failure(
      throwing.PATCH("/v3/campaigns/{campaign_id}", { params: { path: { campaign_id: ids.campaign } }, body: { name: "Renamed" }, headers: { Prefer: "code=409" } }),
    );
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.body.error.code).toBe("CONFLICT");
    expect(err.body.error.details.allowed_values).toEqual(["draft", "pending", "paused"]);
  });

  it("429 → RateLimitError (no Retry-After from the mock)", async () => {
    const err = await failure(throwing.GET("/v3/calls", { params: { query: { limit: 10 } }, headers: { Prefer: "code=429" } }));
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as RateLimitError).retryAfter).toBeUndefined();
    expect(err.body.error.code).toBe("RATE_LIMITED");
  });

  it("500 → InternalServerError with the observed INTERNAL_ERROR code", async () => {
    const err = await failure(throwing.GET("/v3/models/llms", { headers: { Prefer: "code=500" } }));
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err.body).toEqual({ error: { code: "INTERNAL_ERROR", message: "서버 내부 오류가 발생했습니다.", details: {} } });
  });

  it("400 → BadRequestError with the observed VALIDATION_ERROR code", async () => {
    const err = await failure(throwing.POST("/v3/knowledges", { body: { name: "Product FAQ" }, headers: { Prefer: "code=400" } }));
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err.body.error.code).toBe("VALIDATION_ERROR");
    expect(err.body.error.details.field).toBe("limit");
  });

  it("a named example picks another envelope (an unsupported query parameter)", async () => {
    const err = await failure(
      throwing.GET("/v3/organization-telephone-numbers", { headers: { Prefer: "code=400, example=unknownQueryParameter" } }),
    );
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err.body.error.details.allowed_query_parameters).toEqual(["provider", "status", "cursor", "limit", "sort_by", "sort_order"]);
  });
});

describe("authentication", () => {
  it("a call without the Authorization header gets 401 with the envelope", async () => {
    expectViolations(/security scheme/); // Prism flags the missing key: that is the point here.
    const { data, error, response } = await client.GET("/v3/agents", { headers: { Authorization: null } });
    expect(response.status).toBe(401);
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: { code: "UNAUTHORIZED", message: "A valid API key is required.", details: {} } });
    expect(lastRequest().headers.get("authorization")).toBeNull();
  });

  it("the same call in throwing mode raises AuthenticationError, without the key in the message", async () => {
    expectViolations(/security scheme/);
    const err = await failure(throwing.GET("/v3/agents", { headers: { Authorization: null } }));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err.body.error.code).toBe("UNAUTHORIZED");
    expect(err.message).not.toContain(apiKey);
  });

  it("the key goes out as a Bearer token", async () => {
    await client.GET("/v3/models/llms");
    expect(lastRequest().headers.get("authorization")).toBe(`Bearer ${apiKey}`);
  });

  it("a client without a key fails at construction and names VOXAI_API_KEY", () => {
    vi.stubEnv("VOXAI_API_KEY", "");
    try {
      expect(() => createVoxaiClient()).toThrow(ConfigurationError);
      expect(() => createVoxaiClient()).toThrow(/VOXAI_API_KEY/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("bad input gets 400 VALIDATION_ERROR from the mock (no 422)", () => {
  it("limit 101 never reaches the mock: the client refuses it before a request, naming the parameter and its range", async () => {
    const sent: Request[] = [];
    const counted = createVoxaiClient({ apiKey, baseUrl: mockUrl(), fetch: (request) => { sent.push(request); return fetch(request); } });
    const failure = await counted.GET("/v3/agents", { params: { query: { limit: 101 } } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConfigurationError);
    expect((failure as Error).message).toBe("GET /v3/agents: the query parameter `limit` must be an integer from 1 to 100; got 101.");
    expect(sent).toEqual([]);
  });

  it("a held-number status outside the enum", async () => {
    expectViolations(/status\.1 must be equal to one of the allowed values/);
    // @ts-expect-error not a held-number status
    const { response } = await client.GET("/v3/organization-telephone-numbers", { params: { query: { status: ["active", "ported"] } } });
    expect(response.status).toBe(400);
    expect(queryPairs(lastRequest())).toEqual([
      ["status", "active"],
      ["status", "ported"],
    ]);
  });

  it("an empty PATCH body", async () => {
    expectViolations(/must NOT have fewer than 1 properties/);
    const { response } = await client.PATCH("/v3/tools/{tool_id}", { params: { path: { tool_id: ids.tool } }, body: {} });
    expect(response.status).toBe(400);
  });

  it("a path id that is not a UUID", async () => {
    expectViolations(/path parameter call_id must match format/);
    const { response } = await client.GET("/v3/calls/{call_id}", { params: { path: { call_id: "not-a-uuid" } } });
    expect(response.status).toBe(400);
  });
});
