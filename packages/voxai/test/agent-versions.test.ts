/**
 * Contract test, tag "Agent Versions": saving, listing and publishing agent
 * snapshots through createVoxaiClient against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids } from "./support.js";

const { client, lastRequest } = contractClient();
const agentPath = { agent_id: ids.agent };

describe("Agent Versions", () => {
  it("listAgentVersions: GET /v3/agents/{agent_id}/versions (not paged)", async () => {
    const { data, response } = await client.GET("/v3/agents/{agent_id}/versions", { params: { path: agentPath } });
    expect(response.status).toBe(200);
    expect(data?.versions.map((version) => version.version)).toEqual(["v2", "v1"]);
    expect(data?.versions[0]?.is_production).toBe(true);
    expect(data?.total_count).toBe(2);
  });

  it("createAgentVersion: POST /v3/agents/{agent_id}/versions with a note", async () => {
    const { data, response } = await client.POST("/v3/agents/{agent_id}/versions", {
      params: { path: agentPath },
      body: { description: "Shorter greeting" },
    });
    expect(response.status).toBe(201);
    expect(data?.version).toBe("v3");
    expect(data?.agent_id).toBe(ids.agent);
  });

  it("createAgentVersion: the body may be left out entirely", async () => {
    const { data, response } = await client.POST("/v3/agents/{agent_id}/versions", { params: { path: agentPath } });
    expect(response.status).toBe(201);
    expect(data?.version).toMatch(/^v[1-9][0-9]*$/);
    expect(lastRequest().headers.get("content-type")).toBeNull();
  });

  it("publishAgentVersion: POST /v3/agents/{agent_id}/versions/{version}/publish", async () => {
    const { data, response } = await client.POST("/v3/agents/{agent_id}/versions/{version}/publish", {
      params: { path: { agent_id: ids.agent, version: "v3" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ agent_id: ids.agent, production_version: "v3", previous_production_version: "v2" });
    expect(lastRequest().url.pathname).toBe(`/v3/agents/${ids.agent}/versions/v3/publish`);
  });
});
