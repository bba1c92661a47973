/**
 * The fake served through MSW, for code that calls the global fetch: the same
 * answers, faults, checks and record as through the client's `fetch` option.
 */
import { http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ConnectionError, createVoxfraClient, UnprocessableEntityError } from "../src/index.js";
import { createVoxfraFake, REDACTED, TEST_API_KEY } from "../src/testing.js";

const fake = createVoxfraFake();
const server = setupServer(fake.mswHandler(http));
const voxfra = createVoxfraClient({ apiKey: TEST_API_KEY, maxRetries: 0, throwOnError: true });

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterEach(() => fake.reset());
afterAll(() => server.close());

describe("the fake through MSW", () => {
  it("answers with the spec's example, an override, and records the call", async () => {
    expect((await voxfra.GET("/v1/auth/me")).data.key_name).toBe("DealerMate Sandbox");
    fake.on("GET /v1/auth/me", { key_name: "via MSW" });
    expect((await voxfra.GET("/v1/auth/me")).data.key_name).toBe("via MSW");
    expect(fake.calls).toHaveLength(2);
    expect(fake.lastCall().headers["x-api-key"]).toBe(REDACTED);
  });

  it("drops the connection as a network error", async () => {
    fake.on("GET /v1/auth/me", fake.fault.connectionReset());
    await expect(voxfra.GET("/v1/auth/me")).rejects.toBeInstanceOf(ConnectionError);
  });

  it("answers a request the spec rejects with a 422 problem naming the violation, and records it", async () => {
    const error = await voxfra
      .POST("/v1/clients", { body: { name: "", type: "automotive", subscription_plan: "Pro" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(JSON.stringify((error as UnprocessableEntityError).body)).toMatch(/createClient .*body field \\"name\\"/);
    expect(fake.lastCall().violations[0]).toMatchObject({ in: "body", name: "/name", rule: "minLength" });
  });
});
