/** The record of calls: what was asked, typed as the spec says, with every credential redacted. */
import { describe, expect, it } from "vitest";
import { createFake, REDACTED } from "../../src/testing/index.js";
import { type ErrorBody, type paths, request, spec } from "./fixture.js";

describe("the record of calls", () => {
  it("keeps method, path, operation, path parameters, query, body and headers", async () => {
    const f = createFake<paths, ErrorBody>(spec);
    await f.fetch(request("/v1/pets", { method: "POST", body: '{"name":"Rex"}' }));
    await f.fetch(request("/v1/pets/42"));
    expect(f.calls).toHaveLength(2);
    expect(f.calls[0]).toMatchObject({
      operation: "POST /v1/pets",
      operationId: "createPet",
      method: "POST",
      path: "/v1/pets",
      body: { name: "Rex" },
      violations: [],
    });
    expect(f.lastCall("GET /v1/pets/{pet_id}")).toMatchObject({ path: "/v1/pets/42", params: { pet_id: 42 } });
    expect(f.callsTo("POST /v1/pets")).toHaveLength(1);
  });

  it("redacts the key header, Authorization and cookies", async () => {
    const f = createFake<paths, ErrorBody>(spec);
    await f.fetch(
      request("/v1/pets/1", { headers: { authorization: "Bearer sk_1", cookie: "s=1", "x-other": "kept" } }),
    );
    const { headers } = f.lastCall();
    expect(headers).toMatchObject({ "x-key": REDACTED, authorization: REDACTED, cookie: REDACTED, "x-other": "kept" });
    expect(JSON.stringify(f.calls)).not.toMatch(/secret-key-123|sk_1/);
  });

  it("redacts a key sent as a query parameter", async () => {
    const inQuery = {
      ...spec,
      components: { ...spec.components, securitySchemes: { key: { type: "apiKey", in: "query", name: "api_key" } } },
    };
    const f = createFake<paths, ErrorBody>(inQuery);
    await f.fetch(new Request("https://api.example.test/v1/pets/1?api_key=secret-key-123"));
    expect(f.lastCall().query).toEqual({ api_key: REDACTED });
  });

  it("redacts a key sent as a query parameter on a route the spec does not have", async () => {
    const inQuery = {
      ...spec,
      components: { ...spec.components, securitySchemes: { key: { type: "apiKey", in: "query", name: "api_key" } } },
    };
    const f = createFake<paths, ErrorBody>(inQuery);
    await expect(
      f.fetch(new Request("https://api.example.test/v1/nothing?api_key=secret-key-123&x=1")),
    ).rejects.toThrow("no operation of the spec");
    expect(f.lastCall().query).toEqual({ api_key: REDACTED, x: "1" });
    expect(JSON.stringify(f.calls)).not.toContain("secret-key-123");
  });

  it("keeps query parameters the operation does not declare, as sent, next to the typed ones", async () => {
    const f = createFake<paths, ErrorBody>(spec, { validate: false });
    await f.fetch(request("/v1/pets?limit=5&sort=name&extra=a&extra=b"));
    expect(f.lastCall().query).toEqual({ limit: 5, sort: "name", extra: ["a", "b"] });
    expect(f.lastCall().violations.map((v) => v.name)).toEqual(["sort", "extra"]);
  });

  it("throws from lastCall when nothing was called, and reset forgets calls", async () => {
    const f = createFake<paths, ErrorBody>(spec);
    expect(() => f.lastCall()).toThrow("No call was made.");
    await f.fetch(request("/health"));
    f.reset();
    expect(f.calls).toEqual([]);
    expect(() => f.lastCall("GET /health")).toThrow("No call of GET /health was made.");
  });
});
