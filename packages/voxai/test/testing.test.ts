/**
 * @voiceapis/voxai/testing as a user's test would use it: default answers from the
 * spec, a typed override, an error, a fault, a request the spec rejects, and the record.
 */
import { describe, expect, it } from "vitest";
import { spec } from "../src/generated/spec.js";
import { ConnectionError, NotFoundError, TimeoutError } from "../src/index.js";
import { createVoxaiFake, REDACTED, RequestValidationError } from "../src/testing.js";

const agentId = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

describe("@voiceapis/voxai/testing", () => {
  it("answers with the spec's example by default", async () => {
    const { data, response } = await createVoxaiFake().client().GET("/v3/agents");
    expect(response.status).toBe(200);
    expect(data?.items[0]?.name).toBe("Customer support agent");
  });

  it("answers with a typed override, given the typed body", async () => {
    const fake = createVoxaiFake();
    fake.on("POST /v3/agents", ({ body, reply }) =>
      reply(201, { ...fake.example("POST /v3/agents"), name: body.name }),
    );
    const { data, response } = await fake.client().POST("/v3/agents", { body: { name: "Front desk" } });
    expect(response.status).toBe(201);
    expect(data?.name).toBe("Front desk");
  });

  it("answers with an error and the vendor's error body", async () => {
    const fake = createVoxaiFake();
    fake.on("GET /v3/agents/{agent_id}", () =>
      fake.error(404, { error: { code: "NOT_FOUND", message: "No such agent.", details: {} } }),
    );
    const error = await fake
      .client({ throwOnError: true })
      .GET("/v3/agents/{agent_id}", { params: { path: { agent_id: agentId } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).body.error.code).toBe("NOT_FOUND");
  });

  it("injects faults in one line: a request that hangs until the timeout, then a reset", async () => {
    const fake = createVoxaiFake();
    fake.once("GET /v3/agents", fake.fault.hang()).once("GET /v3/agents", fake.fault.connectionReset());
    const client = fake.client({ throwOnError: true, timeout: 1 });
    await expect(client.GET("/v3/agents")).rejects.toBeInstanceOf(TimeoutError);
    await expect(client.GET("/v3/agents")).rejects.toBeInstanceOf(ConnectionError);
  });

  it("fails a request the spec rejects, naming the operation, the field and the rule", async () => {
    const call = createVoxaiFake()
      .client()
      .POST("/v3/agents", { body: { name: "" } });
    await expect(call).rejects.toBeInstanceOf(RequestValidationError);
    await expect(call).rejects.toThrow(/createAgent \(POST \/v3\/agents\).*body field "name".*\(minLength\)/);
  });

  it("records each call with the key redacted", async () => {
    const fake = createVoxaiFake();
    await fake.client().GET("/v3/agents", { params: { query: { limit: 5, type: ["flow"] } } });
    expect(fake.lastCall()).toMatchObject({ operation: "GET /v3/agents", query: { limit: 5, type: ["flow"] } });
    expect(fake.lastCall().headers.authorization).toBe(REDACTED);
    expect(JSON.stringify(fake.calls)).not.toContain("voxai_test");
  });

  it("compiles the checks of every operation of the shipped spec", async () => {
    const fake = createVoxaiFake();
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
