/**
 * @voiceapis/carecycle/testing as a user's test would use it: default answers from the
 * spec, a typed override, an error, a fault, a request the spec rejects, and the record.
 */
import { describe, expect, it } from "vitest";
import { spec } from "../src/generated/spec.js";
import { ConnectionError, NotFoundError, RateLimitError } from "../src/index.js";
import { createCarecycleFake, REDACTED, RequestValidationError } from "../src/testing.js";

const id = "497f6eca-6276-4993-bfeb-53cbbbba6f08";

describe("@voiceapis/carecycle/testing", () => {
  it("answers with the spec's example by default", async () => {
    const { data, response } = await createCarecycleFake().client().GET("/v2/campaigns");
    expect(response.status).toBe(200);
    expect(data?.items?.[0]?.name).toBe("Medicare AEP Outreach");
  });

  it("answers with a typed override", async () => {
    const fake = createCarecycleFake();
    fake.on("GET /v2/campaigns", { itemsTotal: 0, currentPage: 1, nextPage: null, prevPage: null, items: [] });
    const { data } = await fake.client().GET("/v2/campaigns");
    expect(data?.itemsTotal).toBe(0);
  });

  it("answers with an error and the vendor's error body", async () => {
    const fake = createCarecycleFake();
    fake.on("GET /v2/customers/{id}", () => fake.error(404, { message: "Customer not found", code: "NOT_FOUND" }));
    const error = await fake
      .client({ throwOnError: true })
      .GET("/v2/customers/{id}", { params: { path: { id } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).body).toMatchObject({ message: "Customer not found" });
  });

  it("injects faults in one line: a 429 with Retry-After, then a connection reset", async () => {
    const fake = createCarecycleFake();
    fake.once("GET /v2/campaigns", fake.fault.rateLimit(2)).once("GET /v2/campaigns", fake.fault.connectionReset());
    const client = fake.client({ throwOnError: true });
    const limited = await client.GET("/v2/campaigns").catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).retryAfter).toBe(2);
    await expect(client.GET("/v2/campaigns")).rejects.toBeInstanceOf(ConnectionError);
  });

  it("fails a request the spec rejects, naming the operation, the parameter and the rule", async () => {
    const call = createCarecycleFake()
      .client()
      .GET("/v2/customers/{id}", { params: { path: { id: "42" } } });
    await expect(call).rejects.toBeInstanceOf(RequestValidationError);
    await expect(call).rejects.toThrow(/getCustomer \(GET \/v2\/customers\/\{id\}\).*path parameter "id"/);
  });

  it("records each call with the key redacted", async () => {
    const fake = createCarecycleFake();
    await fake.client().PATCH("/v2/customers/{id}", { params: { path: { id } }, body: { intent: "High" } });
    expect(fake.lastCall()).toMatchObject({
      operation: "PATCH /v2/customers/{id}",
      params: { id },
      body: { intent: "High" },
    });
    expect(fake.lastCall().headers["x-api-key"]).toBe(REDACTED);
    expect(JSON.stringify(fake.calls)).not.toContain("cc_test");
  });

  it("compiles the checks of every operation of the shipped spec", async () => {
    const fake = createCarecycleFake();
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
