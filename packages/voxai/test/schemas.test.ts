/**
 * Contract test, tag "Schemas": the public JSON Schema registry, against the
 * Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, queryPairs } from "./support.js";

const { client, lastRequest } = contractClient();

describe("Schemas", () => {
  it("listRegistrySchemas: GET /v3/schemas with every filter", async () => {
    const { data, response } = await client.GET("/v3/schemas", {
      params: {
        query: {
          namespace: "tool-schema",
          category: "built_in",
          include_schema: true,
          cursor: "eyJpZCI6InRvb2wifQ",
          limit: 20,
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.items.map((schema) => schema.schema_type)).toEqual(["send_sms", "api"]);
    expect(queryPairs(lastRequest())).toEqual([
      ["namespace", "tool-schema"],
      ["category", "built_in"],
      ["include_schema", "true"],
      ["cursor", "eyJpZCI6InRvb2wifQ"],
      ["limit", "20"],
    ]);
  });

  it("getRegistrySchema: GET /v3/schemas/{namespace}/{schema_type} at a version, minimal", async () => {
    const { data, response } = await client.GET("/v3/schemas/{namespace}/{schema_type}", {
      params: {
        path: { namespace: "flow-schema", schema_type: "flow-data" },
        query: { version: "v1", detail: "minimal" },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.version).toBe("v1");
    expect(data?.schema).toMatchObject({ required: ["nodes", "edges"] });
    expect(lastRequest().url.pathname).toBe("/v3/schemas/flow-schema/flow-data");
  });
});
