/**
 * @voiceapis/voxys/testing as a user's test would use it: default answers from the
 * spec, a typed override, an error, a fault, a request the spec rejects, and the record,
 * with the account, public and platform clients on one fake.
 */
import { describe, expect, it } from "vitest";
import { spec } from "../src/generated/spec.js";
import { ConnectionError, InternalServerError, NotFoundError } from "../src/index.js";
import { createVoxysFake, REDACTED, RequestValidationError } from "../src/testing.js";

describe("@voiceapis/voxys/testing", () => {
  it("answers with the spec's example by default", async () => {
    const { data, response } = await createVoxysFake()
      .client({ accountId: 1 })
      .GET("/api/v1/accounts/{account_id}/leads");
    expect(response.status).toBe(200);
    expect(data?.data?.[0]?.custom_name).toBe("Enterprise Deal - Q3");
  });

  it("answers with a typed override, given the typed path parameters", async () => {
    const fake = createVoxysFake();
    fake.on("GET /api/v1/accounts/{account_id}/automation_rules/{id}", ({ params }) => ({
      payload: { id: params.id, account_id: params.account_id, name: "Tag VIPs" },
    }));
    const { data } = await fake
      .client({ accountId: 7 })
      .GET("/api/v1/accounts/{account_id}/automation_rules/{id}", { params: { path: { id: 12 } } });
    expect(data?.payload).toEqual({ id: 12, account_id: 7, name: "Tag VIPs" });
  });

  it("answers with an error and the vendor's error body", async () => {
    const fake = createVoxysFake();
    fake.on("GET /api/v1/accounts/{account_id}/automation_rules/{id}", () => fake.error(404, { error: "Not found" }));
    const error = await fake
      .client({ accountId: 1, throwOnError: true })
      .GET("/api/v1/accounts/{account_id}/automation_rules/{id}", { params: { path: { id: 12 } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).body).toEqual({ error: "Not found" });
  });

  it("injects faults in one line, also with retries on", async () => {
    const fake = createVoxysFake();
    fake.once("GET /api/v1/accounts/{account_id}/leads", fake.fault.serverError(500));
    const client = fake.client({ accountId: 1, throwOnError: true });
    await expect(client.GET("/api/v1/accounts/{account_id}/leads")).rejects.toBeInstanceOf(InternalServerError);
    fake.once("GET /api/v1/accounts/{account_id}/leads", fake.fault.connectionReset());
    const retrying = fake.client({ accountId: 1, throwOnError: true, maxRetries: 1 });
    const { response } = await retrying.GET("/api/v1/accounts/{account_id}/leads");
    expect(response.status).toBe(200);
    expect(fake.callsTo("GET /api/v1/accounts/{account_id}/leads")).toHaveLength(3);
    fake.on("GET /api/v1/accounts/{account_id}/leads", fake.fault.connectionReset());
    await expect(client.GET("/api/v1/accounts/{account_id}/leads")).rejects.toBeInstanceOf(ConnectionError);
  });

  it("fails a request the spec rejects, naming the operation, the field and the rule", async () => {
    const role = "boss" as "agent";
    const call = createVoxysFake()
      .client({ accountId: 1 })
      .POST("/api/v1/accounts/{account_id}/agents", { body: { name: "John Doe", email: "john.doe@acme.inc", role } });
    await expect(call).rejects.toBeInstanceOf(RequestValidationError);
    await expect(call).rejects.toThrow(/createAccountAgent|POST \/api\/v1\/accounts\/\{account_id\}\/agents/);
    await expect(call).rejects.toThrow(/body field "role" must be equal to one of the allowed values.*\(enum\)/);
  });

  it("serves the public and platform clients from the same fake, and records every call with the token redacted", async () => {
    const fake = createVoxysFake();
    await fake.client({ accountId: 1 }).GET("/api/v1/accounts/{account_id}/leads", { params: { query: { page: 2 } } });
    expect(fake.lastCall()).toMatchObject({ params: { account_id: 1 }, query: { page: 2 } });
    expect(fake.lastCall().headers.api_access_token).toBe(REDACTED);
    expect(JSON.stringify(fake.calls)).not.toContain("voxys_test");
    expect(typeof fake.publicClient().GET).toBe("function");
    expect(typeof fake.platformClient().GET).toBe("function");
  });

  it("compiles the checks of every operation of the shipped spec", async () => {
    const fake = createVoxysFake();
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
