/**
 * @voiceapis/quentli/testing as a user's test would use it: default answers from the
 * spec, a typed override, an error, a fault, a request the spec rejects, and the record.
 */
import { describe, expect, it } from "vitest";
import { spec } from "../src/generated/spec.js";
import { ConnectionError, InternalServerError, NotFoundError } from "../src/index.js";
import { createQuentliFake, REDACTED, RequestValidationError } from "../src/testing.js";

const input = { name: "Juan Pérez", username: "juan_perez_01" };

describe("@voiceapis/quentli/testing", () => {
  it("answers with the spec's example by default", async () => {
    const { data, response } = await createQuentliFake().client().GET("/v1/customers");
    expect(response.status).toBe(200);
    expect(data?.[0]?.name).toBe("Juan Pérez");
  });

  it("answers with a typed override, given the typed path parameters", async () => {
    const fake = createQuentliFake();
    fake.on("GET /v1/customers/{id}", ({ params, example }) => ({ ...example()!, id: params.id }));
    const { data } = await fake.client().GET("/v1/customers/{id}", { params: { path: { id: "cus_42" } } });
    expect(data?.id).toBe("cus_42");
  });

  it("answers with an error and the vendor's error body", async () => {
    const fake = createQuentliFake();
    fake.on("GET /v1/customers/{id}", () => fake.error(404, { message: "Customer not found" }));
    const error = await fake
      .client({ throwOnError: true })
      .GET("/v1/customers/{id}", { params: { path: { id: "cus_42" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).body.message).toBe("Customer not found");
  });

  it("injects faults in one line: a 5xx, then a connection reset", async () => {
    const fake = createQuentliFake();
    fake.once("GET /v1/customers", fake.fault.serverError(503)).once("GET /v1/customers", fake.fault.connectionReset());
    const client = fake.client({ throwOnError: true });
    await expect(client.GET("/v1/customers")).rejects.toBeInstanceOf(InternalServerError);
    await expect(client.GET("/v1/customers")).rejects.toBeInstanceOf(ConnectionError);
    await expect(client.GET("/v1/customers")).resolves.toHaveProperty("data");
  });

  it("fails a request the spec rejects, naming the operation, the field and the rule", async () => {
    const call = createQuentliFake()
      .client()
      .POST("/v1/customers", { body: { input: { ...input, email: "not an address" } } });
    await expect(call).rejects.toBeInstanceOf(RequestValidationError);
    await expect(call).rejects.toThrow(
      /createCustomer \(POST \/v1\/customers\).*"input\/email" must match format "email"/,
    );
  });

  it("records each call with the key redacted", async () => {
    const fake = createQuentliFake();
    await fake.client().GET("/v1/customers", { params: { query: { take: 10 } } });
    expect(fake.lastCall()).toMatchObject({ operation: "GET /v1/customers", query: { take: 10 } });
    expect(fake.lastCall().headers.authorization).toBe(REDACTED);
    expect(JSON.stringify(fake.calls)).not.toContain("sk_test");
  });

  it("compiles the checks of every operation of the shipped spec", async () => {
    const fake = createQuentliFake();
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
