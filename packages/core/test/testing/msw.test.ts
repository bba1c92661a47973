/** The fake as an MSW handler: one `http.all` on the fake's base URL, answering as `fetch` does. */
import { describe, expect, it } from "vitest";
import { createFake, type MswHttp } from "../../src/testing/index.js";
import { type ErrorBody, type paths, request, spec } from "./fixture.js";

/** Stands in for MSW's `http`: keeps the pattern and the resolver it is given. */
function recordingHttp() {
  const made: { path: string; resolver: (info: { request: Request }) => Promise<Response> }[] = [];
  const http: MswHttp<number> = {
    all: (path, resolver) => made.push({ path, resolver }),
  };
  return { http, made };
}

describe("mswHandler", () => {
  it("registers one handler for every path under the base URL", () => {
    const { http, made } = recordingHttp();
    createFake<paths, ErrorBody>(spec).mswHandler(http);
    expect(made.map((m) => m.path)).toEqual(["https://api.example.test/*"]);
    const { made: other } = recordingHttp();
    createFake<paths, ErrorBody>(spec, { baseUrl: "http://localhost:9999/api/" }).mswHandler({
      all: (path, resolver) => other.push({ path, resolver }),
    });
    expect(other[0]?.path).toBe("http://localhost:9999/api/*");
  });

  it("answers, records, and strips a base path", async () => {
    const { made } = recordingHttp();
    const fake = createFake<paths, ErrorBody>(spec, { baseUrl: "http://localhost:9999/api" });
    fake.mswHandler({ all: (path, resolver) => made.push({ path, resolver }) });
    const response = await made[0]!.resolver({
      request: new Request("http://localhost:9999/api/v1/pets/1", { headers: { "X-Key": "k" } }),
    });
    expect(await response.json()).toEqual({ id: 1, name: "Tom" });
    expect(fake.lastCall()).toMatchObject({ operation: "GET /v1/pets/{pet_id}", path: "/v1/pets/1" });
  });

  it("answers a connection reset with a network error, as MSW expects", async () => {
    const { http, made } = recordingHttp();
    const fake = createFake<paths, ErrorBody>(spec);
    fake.on("GET /health", fake.fault.connectionReset()).mswHandler(http);
    expect((await made[0]!.resolver({ request: request("/health") })).type).toBe("error");
  });

  it("answers a request that breaks the spec with a 422 problem document, and records it", async () => {
    const { http, made } = recordingHttp();
    const fake = createFake<paths, ErrorBody>(spec);
    fake.mswHandler(http);
    const response = await made[0]!.resolver({ request: request("/v1/pets?limit=0") });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await response.json();
    expect(problem).toMatchObject({ status: 422, violations: [{ in: "query", name: "limit", rule: "minimum" }] });
    expect(problem.detail).toMatch(/^listPets \(GET \/v1\/pets\) does not match the spec: query parameter "limit"/);
    expect(fake.lastCall().violations).toHaveLength(1);
  });
});
