// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Contract test, tag "Legacy v2": the deprecated v2 call and campaign routes
 * (create, POST-body lists, read), against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids } from "./support.js";

const { client, lastRequest, expectViolations } = contractClient();

describe("Legacy v2", () => {
  it("createCallV2: POST /v2/calls with call_from/call_to and a flat agent_id", async () => {
    const { data, response } = await client.POST("/v2/calls", {
      body: {
        call_from: "07070001234",
        call_to: "01012345678",
        agent_id: ids.agent,
        agent_version: "production",
        metadata: { crm_lead_id: "lead_a1b2c3" },
        dynamic_variables: { customer_name: "홍길동" },
        presentation_number: null,
      },
    });
    expect(response.status).toBe(200);
    expect(data?.call_id).toBe(ids.call);
    expect(data?.status).toBe("initiated");
    expect(data?.metadata).toEqual({ crm_lead_id: "lead_a1b2c3" });
  });

  it("listCallsV2: POST /v2/calls/list sends the filters in the body", async () => {
    const body = {
      filter_criteria: {
        agent_id: [ids.agent],
        call_type: ["outbound" as const, "unit_test" as const],
        disconnection_reason: ["user_hangup" as const],
        duration: { lower_threshold: 10_000 },
        start_timestamp: { lower_threshold: 1741842000000, upper_threshold: 1741928400000 },
      },
      sort_order: "ascending" as const,
      limit: 500 as const,
      pagination_key: ids.call,
    };
    const { data, response } = await client.POST("/v2/calls/list", { body });
    expect(response.status).toBe(200);
    expect(data?.calls[0]?.call_type).toBe("outbound");
    expect(data?.calls[0]?.call_cost?.total_credits_used).toBe(12.5);
    expect(data?.next_cursor).toBe(ids.call);
    expect(JSON.parse(await lastRequest().text())).toEqual(body);
  });

  it("getCallV2: GET /v2/calls/{call_id} has the transcript and the newer status", async () => {
    const { data, response } = await client.GET("/v2/calls/{call_id}", { params: { path: { call_id: ids.call } } });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("ended");
    expect(data?.transcript?.map((turn) => turn.role)).toEqual(["agent", "user"]);
    expect(data?.call_analysis?.evaluation).toEqual({});
  });

  it("createCampaignV2: POST /v2/campaigns with tasks, an ISO start and calling hours", async () => {
    const { data, response } = await client.POST("/v2/campaigns", {
      body: {
        name: "May appointment reminders",
        call_from: "01012345678",
        agent_id: ids.agent,
        scheduled_at: "2024-01-15T10:00:00Z",
        concurrency: 5,
        tasks: [{ call_to: "01099998888", dynamic_variables: { customer_name: "홍길동" } }, { call_to: "01011112222", presentation_number: "15881234" }],
        call_time_window: { windows: [{ start_min: 540, end_min: 720, days: ["Monday"] }], timezone: "Asia/Seoul", auto_resume: true },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.id).toBe("123");
    expect(data?.created_at).toBe("2024-01-15T10:00:00Z");
  });

  it("listCampaignsV2: POST /v2/campaigns/list filters by status and agent", async () => {
    const { data, response } = await client.POST("/v2/campaigns/list", {
      body: { filter_criteria: { status: ["ongoing"], agent_id: [ids.agent], start_timestamp: { lower_threshold: "2024-01-01T00:00:00Z" } }, limit: 20 },
    });
    expect(response.status).toBe(200);
    expect(data?.campaigns[0]?.status).toBe("ongoing");
    expect(data?.next_cursor).toBeNull();
  });

  it("the v3 field names do not compile on a v2 route, and the mock rejects them", async () => {
    expectViolations(/call_from/);
    const { error, response } = await client.POST("/v2/calls", {
      // @ts-expect-error from_number is the v3 name; v2 takes call_from
      body: { from_number: "07070001234", call_to: "01012345678", agent_id: ids.agent },
    });
    expect(response.status).toBe(400);
    expect(error).toBeDefined();
  });
});
