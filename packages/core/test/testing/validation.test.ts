/** Request checking: each part of a request against its operation, with a message naming operation, place and rule. */
import { describe, expect, it } from "vitest";
import { SdkError } from "../../src/index.js";
import { createFake, RequestValidationError } from "../../src/testing/index.js";
import { type ErrorBody, type paths, request, spec } from "./fixture.js";

const fake = () => createFake<paths, ErrorBody>(spec);

/** The error a request fails with (or undefined when it passes). */
async function failure(req: Request, f = fake()): Promise<RequestValidationError | undefined> {
  try {
    await f.fetch(req);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(RequestValidationError);
    return error as RequestValidationError;
  }
}

describe("request checking", () => {
  it("passes a conforming request, with parameters read as the spec types them", async () => {
    const f = fake();
    expect(await failure(request("/v1/pets?limit=5&tag=cat&tag=dog"), f)).toBeUndefined();
    expect(f.lastCall().query).toEqual({ limit: 5, tag: ["cat", "dog"] });
  });

  it("fails as an SdkError of the main entry, which the client passes on unchanged", async () => {
    expect(await failure(request("/v1/pets?limit=0"))).toBeInstanceOf(SdkError);
  });

  it.each([
    [
      "/v1/pets?limit=0",
      "query",
      "limit",
      "minimum",
      /listPets \(GET \/v1\/pets\).*query parameter "limit" must be >= 1/,
    ],
    ["/v1/pets?limit=many", "query", "limit", "type", /query parameter "limit" must be integer/],
    [
      "/v1/pets?tag=bird",
      "query",
      "tag",
      "enum",
      /query parameter "tag" field \/0 must be equal to one of the allowed values: \["cat","dog"\]/,
    ],
    [
      "/v1/pets?colour=red",
      "query",
      "colour",
      "unknown",
      /query parameter "colour" is not a parameter of this operation/,
    ],
    [
      "/v1/pets/0",
      "path",
      "pet_id",
      "minimum",
      /getPet \(GET \/v1\/pets\/\{pet_id\}\).*path parameter "pet_id" must be >= 1/,
    ],
    ["/v1/pets/abc", "path", "pet_id", "type", /path parameter "pet_id" must be integer/],
  ])("checks %s", async (path, where, name, rule, message) => {
    const error = await failure(request(path));
    expect(error?.violations).toContainEqual(expect.objectContaining({ in: where, name, rule }));
    expect(error?.message).toMatch(message);
  });

  it("checks headers: a missing required one and a pattern", async () => {
    const missing = await failure(new Request("https://api.example.test/v1/pets", { headers: { "X-Key": "k" } }));
    expect(missing?.message).toMatch(/header "X-Trace" must have required property/);
    const wrong = await failure(request("/v1/pets", { headers: { "X-Trace": "nope" } }));
    expect(wrong?.violations[0]).toMatchObject({ in: "header", name: "X-Trace", rule: "pattern" });
  });

  it("checks credentials where the operation needs them, and not where it does not", async () => {
    const error = await failure(new Request("https://api.example.test/v1/pets/1"));
    expect(error?.message).toMatch(/missing credentials: header "X-Key" \(security scheme key\)/);
    expect(await failure(new Request("https://api.example.test/health"))).toBeUndefined();
  });

  it.each([
    ["{}", "required", "/name", /body must have required property 'name' \(required\)/],
    ['{"name":"Rex","colour":"red"}', "additionalProperties", "/colour", /body must not have the property "colour"/],
    ['{"name":""}', "minLength", "/name", /body field "name" must NOT have fewer than 1 characters \(minLength\)/],
    ['{"name":"Rex","email":"rex"}', "format", "/email", /body field "email" must match format "email" \(format\)/],
    ['{"name":', "json", "", /the request body is not valid JSON/],
  ])("checks the JSON body %s", async (body, rule, name, message) => {
    const error = await failure(request("/v1/pets", { method: "POST", body }));
    expect(error?.violations).toContainEqual(expect.objectContaining({ in: "body", name, rule }));
    expect(error?.message).toMatch(/^createPet \(POST \/v1\/pets\) does not match the spec: /);
    expect(error?.message).toMatch(message);
  });

  it("checks that a body is there, of a documented type, and only where one is taken", async () => {
    expect((await failure(request("/v1/pets", { method: "POST" })))?.message).toMatch(/request body is required/);
    const text = request("/v1/pets", { method: "POST", body: "Rex", headers: { "content-type": "text/plain" } });
    expect((await failure(text))?.message).toMatch(/content type "text\/plain" is not one the operation accepts/);
    const extra = request("/v1/pets/1", { method: "DELETE", body: "{}" });
    expect((await failure(extra))?.message).toMatch(/takes no request body/);
  });

  it("checks a multipart body", async () => {
    const form = new FormData();
    form.set("file", new Blob(["png"]), "a.png");
    expect(await failure(request("/v1/pets/1/photo", { method: "POST", body: form }))).toBeUndefined();
    const long = new FormData();
    long.set("caption", "far too long");
    const error = await failure(request("/v1/pets/1/photo", { method: "POST", body: long }));
    expect(error?.violations.map((v) => v.rule).sort()).toEqual(["maxLength", "required"]);
  });

  it("fails a request no operation matches, naming method and path", async () => {
    const error = await failure(request("/v1/cats"));
    expect(error?.message).toMatch(
      /^GET \/v1\/cats does not match the spec: no operation of the spec is GET \/v1\/cats/,
    );
    expect(error?.operation).toBeUndefined();
  });

  it("prefers a literal route over a template", async () => {
    const f = fake();
    await f.fetch(request("/v1/pets/export"));
    expect(f.lastCall().operation).toBe("GET /v1/pets/export");
  });

  it("can be turned off, and still records the violations", async () => {
    const f = createFake<paths, ErrorBody>(spec, { validate: false });
    expect((await f.fetch(request("/v1/pets?limit=0"))).status).toBe(200);
    expect(f.lastCall().violations).toHaveLength(1);
  });
});
