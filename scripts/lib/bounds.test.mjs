// Numeric bounds → bounds.ts and the JSDoc sentence; bounded integers stay `number` in the types.
import { describe, expect, it } from "vitest";
import { boundsModule, describeBound, describeBounds, numericBound } from "./bounds.mjs";

const limit = {
  name: "limit",
  in: "query",
  description: "Page size.",
  schema: { type: "integer", minimum: 1, maximum: 200, default: 50 },
};
const doc = () => ({
  paths: {
    "/v1/things/{id}": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
      get: {
        parameters: [
          { $ref: "#/components/parameters/Limit" },
          { name: "q", in: "query", schema: { type: "string", maxLength: 5 } },
        ],
      },
      delete: {},
    },
  },
  components: {
    parameters: { Limit: limit },
    schemas: {
      Thing: {
        type: "object",
        properties: { score: { type: ["number", "null"], exclusiveMinimum: 0, maximum: 1 }, name: { type: "string" } },
      },
    },
  },
});

describe("numericBound", () => {
  it("reads integer and number bounds, and ignores other schemas", () => {
    expect(numericBound({ type: "integer", minimum: 1, maximum: 200 })).toEqual({
      integer: true,
      minimum: 1,
      maximum: 200,
    });
    expect(numericBound({ type: ["number", "null"], exclusiveMinimum: 0 })).toEqual({ exclusiveMinimum: 0 });
    expect(numericBound({ type: "integer" })).toBeUndefined();
    expect(numericBound({ type: "string", maxLength: 3 })).toBeUndefined();
  });

  it("words a bound as the runtime does", () => {
    expect(describeBound({ integer: true, minimum: 1, maximum: 200 })).toBe("an integer from 1 to 200");
    expect(describeBound({ exclusiveMinimum: 0, maximum: 1 })).toBe("a number > 0 and ≤ 1");
  });
});

describe("boundsModule", () => {
  it("lists the bounded query and path parameters per method and path, path-item parameters included", () => {
    const source = boundsModule(doc());
    expect(source).toContain('import type { ParameterBounds } from "@voiceapis/core/runtime";');
    expect(source).toContain(
      '  "get /v1/things/{id}": {"path":{"id":{"integer":true,"minimum":1}},"query":{"limit":{"integer":true,"minimum":1,"maximum":200}}},',
    );
    expect(source).toContain('  "delete /v1/things/{id}": {"path":{"id":{"integer":true,"minimum":1}}},');
    expect(source).not.toContain('"q"');
  });
});

describe("describeBounds", () => {
  it("appends the bound to parameter and property descriptions, once each", () => {
    const d = doc();
    describeBounds(d);
    describeBounds(d);
    expect(d.components.parameters.Limit.description).toBe("Page size. Must be an integer from 1 to 200.");
    expect(d.paths["/v1/things/{id}"].parameters[0].description).toBe("Must be an integer ≥ 1.");
    expect(d.components.schemas.Thing.properties.score.description).toBe("Must be a number > 0 and ≤ 1.");
    expect(d.components.schemas.Thing.properties.name.description).toBeUndefined();
  });
});
