/**
 * The docs-only view of a spec: our notes become part of the descriptions the
 * reference renders, wherever they sit, and the spec itself is left unchanged.
 */
import { describe, expect, it } from "vitest";
import { indexPage } from "./docs-index.mjs";
import { docsSpec, placeName } from "./docs-spec.mjs";

const spec = () => ({
  openapi: "3.1.0",
  info: { title: "Demo API", version: "1.0.0", description: "An API." },
  servers: [{ url: "https://api.example.com", "x-assumption": "The host is taken from an example." }],
  paths: {
    "/v1/things": {
      "x-assumption": "Both operations share this path.",
      get: {
        operationId: "listThings",
        description: "Lists things.",
        "x-assumption": "The success status is not shown; we use 200.",
        parameters: [
          { $ref: "#/components/parameters/Limit" },
          { name: "q", in: "query", "x-assumption": "The name is ours.", schema: { type: "string" } },
        ],
        responses: {
          200: {
            description: "The things.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
        },
      },
      post: { operationId: "createThing", deprecated: true, "x-partial-docs": "Only named in a guide.", responses: {} },
    },
  },
  webhooks: {
    thingCreated: { post: { operationId: "onThingCreated", "x-doc-status": "earlier-version", responses: {} } },
  },
  components: {
    parameters: { Limit: { name: "limit", in: "query", "x-assumption": "No maximum is documented." } },
    schemas: {
      Thing: {
        type: "object",
        properties: {
          note: { type: ["string", "null"], description: "A note.", "x-assumption": "Accepts null." },
          owner: { $ref: "#/components/schemas/Owner", "x-assumption": "Required, as every sample has it." },
          tags: { type: "array", items: { type: "string", "x-assumption": "Tags are free text." } },
        },
      },
      Owner: { type: "object" },
    },
  },
});

describe("docsSpec", () => {
  const original = spec();
  const view = docsSpec(original);

  it("leaves the spec it is given unchanged", () => {
    expect(original).toEqual(spec());
  });

  it("writes each note into the description of the thing it sits on", () => {
    const get = view.spec.paths["/v1/things"].get;
    expect(get.description).toBe(
      "Lists things.\n\n**Assumption:** The success status is not shown; we use 200.\n\n**Assumption:** Both operations share this path.",
    );
    expect(get.parameters[1].description).toBe("**Assumption:** The name is ours.");
    expect(view.spec.components.parameters.Limit.description).toBe("**Assumption:** No maximum is documented.");
    const thing = view.spec.components.schemas.Thing.properties;
    expect(thing.note.description).toBe("A note.\n\n**Assumption:** Accepts null.");
    expect(thing.owner).toEqual({
      $ref: "#/components/schemas/Owner",
      "x-assumption": "Required, as every sample has it.",
      description: "**Assumption:** Required, as every sample has it.",
    });
    expect(thing.tags.items.description).toBe("**Assumption:** Tags are free text.");
  });

  it("moves notes from places the reference does not render: a path item to its operations, a server to the API", () => {
    expect(view.spec.paths["/v1/things"].post.description).toBe(
      "**Partly documented:** Only named in a guide.\n\n**Assumption:** Both operations share this path.",
    );
    expect(view.spec.paths["/v1/things"].description).toBeUndefined();
    expect(view.spec.info.description).toMatch(/^An API\.\n\n\*\*Assumption:\*\* The host is taken from an example\./);
  });

  it("spells out an earlier-version doc status", () => {
    expect(view.spec.webhooks.thingCreated.post.description).toBe(
      "**Documentation status:** only an earlier version of the vendor's docs lists this operation",
    );
  });

  it("counts operations and webhooks, and lists deprecated operations and every note in the introduction", () => {
    expect(view).toMatchObject({ operations: 2, webhooks: 1, deprecated: ["POST /v1/things"] });
    expect(view.notes).toHaveLength(10);
    const intro = view.spec.info.description;
    expect(intro).toContain(
      "## Deprecated operations\n\nStill documented by the vendor, but on their way out:\n\n- `POST /v1/things`",
    );
    expect(intro).toContain("## What the vendor's docs did not say");
    expect(intro).toContain("- **GET /v1/things parameter q** (assumption): The name is ours.");
    expect(intro).toContain("- **schema Thing.owner** (assumption): Required, as every sample has it.");
    expect(intro).toContain("- **parameter limit** (assumption): No maximum is documented.");
  });
});

describe("placeName", () => {
  const s = spec();
  it.each([
    [["info"], "the whole API"],
    [["servers", "0"], "server https://api.example.com"],
    [["paths", "/v1/things"], "/v1/things"],
    [["paths", "/v1/things", "get", "parameters", "0"], "GET /v1/things parameter limit"],
    [
      ["paths", "/v1/things", "get", "responses", "200", "content", "application/json", "schema"],
      "GET /v1/things response 200",
    ],
    [["webhooks", "thingCreated", "post"], "POST webhook thingCreated"],
    [["components", "schemas", "Thing", "properties", "tags", "items"], "schema Thing.tags[]"],
  ])("%j is %s", (path, name) => {
    expect(placeName(s, path)).toBe(name);
  });
});

describe("indexPage", () => {
  it("has a row per vendor with its package, install line, operation count, link and mock commands", () => {
    const html = indexPage([
      {
        slug: "demo",
        title: "Demo <API>",
        version: "1.0.0",
        packageName: "@voiceapis/demo",
        operations: 2,
        webhooks: 1,
        deprecated: ["POST /v1/things"],
        notes: [{}, {}],
        mockPort: 4015,
        prismVersion: "5.14.2",
      },
    ]);
    expect(html).toContain('<tr data-vendor="demo">');
    expect(html).toContain('<a href="demo.html">Demo &lt;API&gt;</a>');
    expect(html).toContain("<code>npm install @voiceapis/demo</code>");
    expect(html).toContain("2 operations<br>1 webhook<br>1 deprecated<br>2 assumptions noted");
    expect(html).toContain("<code>pnpm mock demo</code> (port 4015)");
    expect(html).toContain(
      "npx @stoplight/prism-cli@5.14.2 mock node_modules/@voiceapis/demo/dist/openapi.yaml --port 4015 --errors",
    );
  });
});
