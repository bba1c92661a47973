/**
 * @voiceapis/voxfra/testing as a user's test would use it: default answers from the
 * spec, a typed override, an error, a fault, a request the spec rejects, and the record.
 */
import { describe, expect, it } from "vitest";
import { spec } from "../src/generated/spec.js";
import { ConnectionError, NotFoundError, RateLimitError } from "../src/index.js";
import { createVoxfraFake, REDACTED, RequestValidationError } from "../src/testing.js";

describe("@voiceapis/voxfra/testing", () => {
  it("answers with the spec's example by default", async () => {
    const fake = createVoxfraFake();
    const { data, response } = await fake.client().GET("/v1/auth/me");
    expect(response.status).toBe(200);
    expect(data?.key_name).toBe("DealerMate Sandbox");
  });

  it("answers a create with its documented status and example", async () => {
    const fake = createVoxfraFake();
    const { data, response } = await fake
      .client()
      .POST("/v1/clients", { body: { name: "ABC Motors", type: "automotive", subscription_plan: "Pro" } });
    expect(response.status).toBe(201);
    expect(data?.data?.name).toBe("ABC Motors");
  });

  it("answers with a typed override, given the typed query", async () => {
    const fake = createVoxfraFake().on("GET /v1/customers", ({ query }) => ({
      data: [],
      pagination: { limit: query.limit ?? 50, offset: 0, total: 0 },
    }));
    const { data } = await fake.client().GET("/v1/customers", { params: { query: { limit: 10 } } });
    expect(data?.pagination).toEqual({ limit: 10, offset: 0, total: 0 });
    expect(fake.lastCall("GET /v1/customers").query).toEqual({ limit: 10 });
  });

  it("answers with an error and the vendor's error body", async () => {
    const fake = createVoxfraFake();
    fake.on("GET /v1/auth/me", () => fake.error(404, { error: "Not found" }));
    const error = await fake
      .client({ throwOnError: true })
      .GET("/v1/auth/me")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).body).toEqual({ error: "Not found" });
  });

  it("injects faults in one line: a connection reset, then a 429 with Retry-After", async () => {
    const fake = createVoxfraFake();
    fake.once("GET /v1/auth/me", fake.fault.connectionReset());
    await expect(fake.client({ throwOnError: true }).GET("/v1/auth/me")).rejects.toBeInstanceOf(ConnectionError);
    fake.on("GET /v1/auth/me", fake.fault.rateLimit(30));
    const error = await fake
      .client({ throwOnError: true })
      .GET("/v1/auth/me")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(30);
  });

  it("fails a request the spec rejects, naming the operation, the field and the rule", async () => {
    const fake = createVoxfraFake();
    const call = fake.client().POST("/v1/clients", {
      body: { name: "ABC Motors", type: "automotive", subscription_plan: "Pro", contact_email: "not an address" },
    });
    await expect(call).rejects.toBeInstanceOf(RequestValidationError);
    await expect(call).rejects.toThrow(/createClient \(POST \/v1\/clients\).*contact_email.*format/);
    expect(fake.calls).toHaveLength(1);
  });

  it("records each call with the key redacted", async () => {
    const fake = createVoxfraFake();
    await fake.client().POST("/v1/clients", {
      body: { name: "ABC Motors", type: "automotive", subscription_plan: "Pro" },
    });
    const call = fake.lastCall();
    expect(call).toMatchObject({
      operation: "POST /v1/clients",
      operationId: "createClient",
      method: "POST",
      path: "/v1/clients",
      body: { name: "ABC Motors", type: "automotive", subscription_plan: "Pro" },
    });
    expect(call.headers["x-api-key"]).toBe(REDACTED);
    expect(JSON.stringify(fake.calls)).not.toContain("vox_mgmt_test");
  });
  it("compiles the checks of every operation of the shipped spec", async () => {
    const fake = createVoxfraFake();
    const paths = (spec as { paths: Record<string, Record<string, unknown>> }).paths;
    const unexpected: string[] = [];
    for (const [path, item] of Object.entries(paths)) {
      for (const method of ["get", "put", "post", "patch", "delete"].filter((m) => item[m])) {
        const url = `https://fake.test${path.replace(/\{[^}]+\}/g, "1")}`;
        await fake.fetch(new Request(url, { method: method.toUpperCase() })).catch((error: unknown) => {
          if (!(error instanceof RequestValidationError)) unexpected.push(`${method} ${path}: ${String(error)}`);
        });
      }
    }
    expect(unexpected).toEqual([]);
  });
});
