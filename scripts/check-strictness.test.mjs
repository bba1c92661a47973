/**
 * Tests of the strictness check: what counts as response side, how candidates
 * are named, what marks or reviews them, and the script's exit code on a
 * throwaway repo with one fixture spec.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ROOT } from "./lib/manifest.mjs";
import { compareWithReview, findStrictness } from "./lib/strictness.mjs";

/** A small spec: Status is used by a response, Draft only by a request body. */
function fixture() {
  return {
    openapi: "3.1.0",
    info: { title: "Fixture", version: "1.0.0", license: { name: "MIT", identifier: "MIT" } },
    servers: [{ url: "https://api.fixture.test" }],
    security: [{ key: [] }],
    tags: [{ name: "things", description: "Things." }],
    paths: {
      "/v1/things": {
        post: {
          operationId: "createThing",
          tags: ["things"],
          summary: "Create a thing",
          description: "Creates a thing.",
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Draft" } } },
          },
          responses: {
            201: {
              description: "Created.",
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/Thing" },
                  examples: { one: { value: { id: "t1", status: "on" } } },
                },
              },
            },
            400: {
              description: "Bad request.",
              content: {
                "application/json": {
                  schema: { type: "object", properties: { code: { type: "string", pattern: "^E" } } },
                },
              },
            },
          },
        },
      },
    },
    components: {
      securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Key" } },
      schemas: {
        Draft: {
          type: "object",
          additionalProperties: false,
          required: ["name"],
          properties: { name: { type: "string", pattern: "^[a-z]+$" }, kind: { type: "string", enum: ["a", "b"] } },
        },
        Thing: {
          type: "object",
          required: ["id"],
          properties: {
            id: { type: "string" },
            status: { $ref: "#/components/schemas/Status" },
            tags: { type: "array", items: { type: "string", enum: ["x"] } },
          },
        },
        Status: { type: "string", enum: ["on", "off"] },
      },
    },
  };
}

describe("findStrictness", () => {
  it("finds response-side required, enum and pattern, through $ref, items and inline bodies", () => {
    const keys = findStrictness(fixture()).map((c) => c.key);
    expect(keys).toEqual(["createThing:400.code pattern", "Status enum", "Thing.id required", "Thing.tags[] enum"]);
  });

  it("ignores schemas used only by requests", () => {
    const keys = findStrictness(fixture()).map((c) => c.key);
    expect(keys.some((k) => k.startsWith("Draft"))).toBe(false);
  });

  it("counts a schema shared by a request and a response as response side", () => {
    const doc = fixture();
    doc.components.schemas.Draft.properties.kind = { $ref: "#/components/schemas/Status" };
    expect(findStrictness(doc).map((c) => c.key)).toContain("Status enum");
  });

  it("reads webhook payloads as response side, and additionalProperties: false, format and integer", () => {
    const doc = fixture();
    doc.webhooks = {
      ping: {
        post: {
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  additionalProperties: false,
                  properties: { at: { type: "string", format: "date-time" }, n: { type: "integer" } },
                },
              },
            },
          },
        },
      },
    };
    expect(findStrictness(doc).map((c) => c.key)).toEqual(
      expect.arrayContaining(["webhook:ping additionalProperties", "webhook:ping.at format", "webhook:ping.n integer"]),
    );
  });

  it("marks a strictness whose schema, or whose required property, carries an x-assumption", () => {
    const doc = fixture();
    doc.components.schemas.Status["x-assumption"] = "The docs list only these two values.";
    doc.components.schemas.Thing.properties.id["x-assumption"] = "Every example shows an id, so it is required.";
    const byKey = Object.fromEntries(findStrictness(doc).map((c) => [c.key, c.marked]));
    expect(byKey).toMatchObject({ "Status enum": true, "Thing.id required": true, "Thing.tags[] enum": false });
  });

  it("does not let a note about something else excuse a required list", () => {
    const doc = fixture();
    doc.components.schemas.Thing["x-assumption"] = "Unknown nullability: every field accepts null.";
    expect(findStrictness(doc).find((c) => c.key === "Thing.id required")?.marked).toBe(false);
    doc.components.schemas.Thing["x-assumption"] = "The docs mark nothing; we require `id`, which every example shows.";
    expect(findStrictness(doc).find((c) => c.key === "Thing.id required")?.marked).toBe(true);
  });
});

describe("compareWithReview", () => {
  const candidates = () => findStrictness(fixture());

  it("lists unmarked candidates without a review entry", () => {
    const { unreviewed } = compareWithReview(candidates(), { "Status enum": "docs: status is on or off" });
    expect(unreviewed.map((c) => c.key)).toEqual([
      "createThing:400.code pattern",
      "Thing.id required",
      "Thing.tags[] enum",
    ]);
  });

  it("names stale entries and entries without a basis", () => {
    const { stale, empty } = compareWithReview(candidates(), { "Gone.x enum": "was here", "Status enum": "" });
    expect(stale).toEqual(["Gone.x enum"]);
    expect(empty).toEqual(["Status enum"]);
  });
});

describe("check-strictness script", () => {
  let root;
  const run = () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, "scripts", "check-strictness.mjs"), "--root", root, "--vendor", "fixture"],
      { encoding: "utf8" },
    );
    return { code: result.status, out: `${result.stdout}${result.stderr}` };
  };
  const writeReview = (entries) =>
    writeFileSync(join(root, "specs/fixture/strictness-reviewed.yaml"), stringify(entries));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "strictness-test-"));
    mkdirSync(join(root, "specs/fixture"), { recursive: true });
    writeFileSync(join(root, "redocly.yaml"), stringify({ apis: { fixture: { root: "specs/fixture/openapi.yaml" } } }));
    writeFileSync(join(root, "specs/fixture/openapi.yaml"), stringify(fixture()));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("fails on an unmarked, unreviewed response enum and names it", () => {
    const { code, out } = run();
    expect(code).toBe(1);
    expect(out).toContain("unreviewed  fixture  Status enum");
    expect(out).not.toContain("Draft");
  });

  it("passes when every candidate is reviewed or marked", () => {
    writeReview({
      "createThing:400.code pattern": "docs: codes start with E",
      "Status enum": "docs: on or off",
      "Thing.id required": "docs: id Required",
    });
    const spec = fixture();
    spec.components.schemas.Thing.properties.tags.items["x-assumption"] =
      "Only x is shown; kept so that a new value is noticed.";
    writeFileSync(join(root, "specs/fixture/openapi.yaml"), stringify(spec));
    expect(run()).toMatchObject({ code: 0 });
  });

  it("fails on a stale review entry", () => {
    writeReview({
      "createThing:400.code pattern": "a",
      "Status enum": "b",
      "Thing.id required": "c",
      "Thing.tags[] enum": "d",
      "Thing.gone required": "e",
    });
    const { code, out } = run();
    expect(code).toBe(1);
    expect(out).toContain("stale       fixture  Thing.gone required");
  });
});
