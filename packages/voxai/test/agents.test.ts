/**
 * Contract test, tag "Agents": every agent operation through createVoxaiClient
 * against the Prism mock, request validation on.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids, queryPairs } from "./support.js";

const { client, lastRequest } = contractClient();
const agentPath = { agent_id: ids.agent };

describe("Agents", () => {
  it("listAgents: GET /v3/agents with every filter, kinds repeated", async () => {
    const { data, error, response } = await client.GET("/v3/agents", {
      params: {
        query: {
          q: "support",
          type: ["single_prompt", "flow"],
          sort_order: "asc",
          cursor: "eyJpZCI6IjNjOTAifQ",
          limit: 20,
        },
      },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.items.map((agent) => agent.type)).toEqual(["single_prompt", "flow"]);
    expect(data?.items[1]?.production_version).toBeNull();
    expect(data?.next_cursor).toBeNull();
    expect(queryPairs(lastRequest())).toEqual([
      ["q", "support"],
      ["type", "single_prompt"],
      ["type", "flow"],
      ["sort_order", "asc"],
      ["cursor", "eyJpZCI6IjNjOTAifQ"],
      ["limit", "20"],
    ]);
  });

  it("createAgent: POST /v3/agents with a partial configuration", async () => {
    const { data, response } = await client.POST("/v3/agents", {
      body: {
        name: "Customer support agent",
        type: "single_prompt",
        data: {
          prompt: {
            prompt: "You are a friendly support agent for a furniture store.",
            firstLineType: "aiFirstDynamic",
          },
          llm: { model: "openai/gpt-5.2", temperature: 1 },
          voice: { id: "21m00Tcm4TlvDq8ikWAM", provider: "elevenlabs", language: "ko-KR" },
          knowledge: { ragEnabled: true, knowledgeIds: [ids.knowledge] },
          toolIds: [ids.tool],
        },
      },
    });
    expect(response.status).toBe(201);
    expect(data?.agent_id).toBe(ids.agent);
    expect(data?.data.llm?.model).toBe("openai/gpt-5.2");
    expect(data?.flow_data).toBeNull();
  });

  it("validateAgentFlow: POST /v3/agents/validate-flow against an existing agent", async () => {
    const { data, response } = await client.POST("/v3/agents/validate-flow", {
      params: { query: { level: "all", agent_id: ids.flowAgent } },
      body: {
        flow: {
          nodes: [
            { id: "begin", type: "begin", position: { x: 0, y: 0 } },
            { id: "greet", type: "conversation", position: { x: 240, y: 0 } },
          ],
          edges: [
            {
              id: "begin-greet",
              source: "begin",
              target: "greet",
              condition: { type: "prompt", prompt: "" },
              skip_user_response: false,
            },
          ],
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.valid).toBe(true);
    expect(data?.advisories?.[0]?.code).toBe("no_terminal_reachable");
    expect(lastRequest().url.search).toBe(`?level=all&agent_id=${ids.flowAgent}`);
  });

  it("getAgent: GET /v3/agents/{agent_id} for the production snapshot", async () => {
    const { data, response } = await client.GET("/v3/agents/{agent_id}", {
      params: { path: agentPath, query: { version: "production" } },
    });
    expect(response.status).toBe(200);
    expect(data?.type).toBe("single_prompt");
    expect(data?.data.callSettings?.callTimeoutInSeconds).toBe(900);
    expect(lastRequest().url.pathname).toBe(`/v3/agents/${ids.agent}`);
    expect(lastRequest().url.search).toBe("?version=production");
  });

  it("getAgent: a saved v{n} snapshot is a valid selector too", async () => {
    const { response } = await client.GET("/v3/agents/{agent_id}", {
      params: { path: agentPath, query: { version: "v12" } },
    });
    expect(response.status).toBe(200);
  });

  it("updateAgent: PATCH /v3/agents/{agent_id} replaces the flow graph", async () => {
    const { data, response } = await client.PATCH("/v3/agents/{agent_id}", {
      params: { path: { agent_id: ids.flowAgent } },
      body: {
        name: "Updated support agent",
        flow_data: {
          nodes: [
            { id: "begin", type: "begin", position: { x: 0, y: 0 } },
            {
              id: "goodbye",
              type: "endCall",
              position: { x: 240, y: 0 },
              data: { prompt: "Thank the caller and end the call." },
            },
          ],
          edges: [{ id: "begin-goodbye", source: "begin", target: "goodbye" }],
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.name).toBe("Updated support agent");
    expect(data?.flow_data?.nodes.map((node) => node.type)).toEqual(["begin", "endCall"]);
  });

  it("deleteAgent: DELETE /v3/agents/{agent_id} answers 204 without a body", async () => {
    const { data, error, response } = await client.DELETE("/v3/agents/{agent_id}", { params: { path: agentPath } });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
    expect(error).toBeUndefined();
  });
});
