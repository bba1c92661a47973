/**
 * Contract test, tag "Tools": custom API tools through createVoxaiClient
 * against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids, queryPairs } from "./support.js";

const { client, lastRequest } = contractClient();
const toolPath = { tool_id: ids.tool };

describe("Tools", () => {
  it("createTool: POST /v3/tools with credentials, spoken filler and response mode", async () => {
    const { data, response } = await client.POST("/v3/tools", {
      body: {
        name: "lookup_order",
        description: "Looks up the status of an order by its number.",
        input_schema: {
          type: "object",
          properties: { order_id: { type: "string", description: "The order number the caller reads out." } },
          required: ["order_id"],
        },
        api_configuration: {
          url: "https://api.example.com/orders/lookup",
          method: "GET",
          headers: { "X-Source": "voxai" },
          auth_type: "Basic",
          auth_credentials: "shop-bot:p4ssw0rd",
          timeout_seconds: 5,
        },
        speak_during_execution: { enabled: true, messages: ["잠시만 기다려 주세요. 주문을 확인하고 있습니다."] },
        allow_interruption_during_execution: false,
        response_mode: "wait",
      },
    });
    expect(response.status).toBe(201);
    expect(data?.api_configuration.has_auth_credentials).toBe(true);
    expect(data?.api_configuration).not.toHaveProperty("auth_credentials");
  });

  it("listTools: GET /v3/tools with cursor and limit", async () => {
    const { data, response } = await client.GET("/v3/tools", {
      params: { query: { cursor: "eyJpZCI6IjAxOTIifQ", limit: 25 } },
    });
    expect(response.status).toBe(200);
    expect(data?.items[0]?.name).toBe("lookup_order");
    expect(queryPairs(lastRequest())).toEqual([
      ["cursor", "eyJpZCI6IjAxOTIifQ"],
      ["limit", "25"],
    ]);
  });

  it("getTool: GET /v3/tools/{tool_id}", async () => {
    const { data, response } = await client.GET("/v3/tools/{tool_id}", { params: { path: toolPath } });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(ids.tool);
    expect(data?.input_schema).toMatchObject({ required: ["order_id"] });
  });

  it("updateTool: PATCH /v3/tools/{tool_id} clears the description (the only nullable field)", async () => {
    const { data, response } = await client.PATCH("/v3/tools/{tool_id}", {
      params: { path: toolPath },
      body: {
        description: null,
        allow_interruption_during_execution: true,
        api_configuration: { url: "https://api.example.com/v2/orders/lookup", timeout_seconds: 10 },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.speak_during_execution?.enabled).toBe(true);
  });

  it("deleteTool: DELETE /v3/tools/{tool_id} answers 204", async () => {
    const { data, response } = await client.DELETE("/v3/tools/{tool_id}", { params: { path: toolPath } });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});
