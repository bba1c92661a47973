/**
 * Contract test, tag "Calls": starting a call, listing calls with repeated
 * filters and reading one call, against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids, queryPairs } from "./support.js";

const { client, lastRequest } = contractClient();

describe("Calls", () => {
  it("createCall: POST /v3/calls with an explicit agent and variables", async () => {
    const { data, response } = await client.POST("/v3/calls", {
      body: {
        from_number: "07011112222",
        to_number: "01012345678",
        agent: { agent_id: ids.agent, agent_version: "production" },
        dynamic_variables: { customer_name: "홍길동", appointment_at: "2026-05-10 14:00" },
        metadata: { crm_lead_id: "lead_a1b2c3" },
        presentation_number: "15881234",
      },
    });
    expect(response.status).toBe(201);
    expect(data?.status).toBe("queued");
    expect(data?.transcript).toEqual([]);
    expect(data?.call_cost).toBeNull();
  });

  it("createCall: the agent may be left out (a traffic-split policy picks it)", async () => {
    const { data, response } = await client.POST("/v3/calls", {
      body: { from_number: "07011112222", to_number: "01012345678" },
    });
    expect(response.status).toBe(201);
    expect(data?.id).toBe(ids.call);
  });

  it("listCalls: GET /v3/calls with every filter, multi-value filters repeated", async () => {
    const { data, response } = await client.GET("/v3/calls", {
      params: {
        query: {
          agent_id: [ids.agent, ids.flowAgent],
          status: ["ended", "not_connected"],
          call_type: ["outbound"],
          disconnection_reason: ["user_hangup", "dial_no_answer"],
          call_from: ["07011112222"],
          call_to: ["01012345678", "01099998888"],
          start_at_after: 1767225600000,
          start_at_before: 1767312000000,
          sort_order: "asc",
          limit: 100,
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.items[0]?.disconnection_reason).toBe("user_hangup");
    expect(data?.items[0]?.call_cost?.total_cost).toBe("150.00");
    expect(data?.next_cursor).toBe("eyJpZCI6IjMwNzlmNDZjIn0");
    const sent = lastRequest();
    expect(sent.url.search).not.toContain("%5B"); // never status[]=…
    expect(queryPairs(sent)).toEqual([
      ["agent_id", ids.agent],
      ["agent_id", ids.flowAgent],
      ["status", "ended"],
      ["status", "not_connected"],
      ["call_type", "outbound"],
      ["disconnection_reason", "user_hangup"],
      ["disconnection_reason", "dial_no_answer"],
      ["call_from", "07011112222"],
      ["call_to", "01012345678"],
      ["call_to", "01099998888"],
      ["start_at_after", "1767225600000"],
      ["start_at_before", "1767312000000"],
      ["sort_order", "asc"],
      ["limit", "100"],
    ]);
  });

  it("getCall: GET /v3/calls/{call_id} includes the transcript", async () => {
    const { data, response } = await client.GET("/v3/calls/{call_id}", { params: { path: { call_id: ids.call } } });
    expect(response.status).toBe(200);
    expect(data?.transcript?.map((turn) => turn.role)).toEqual(["agent", "user"]);
    expect(data?.call_analysis?.user_sentiment).toBe("positive");
  });
});
