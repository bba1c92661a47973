/**
 * Contract test, tag "Campaigns": creating, listing, reading, editing,
 * pausing, resuming and cancelling campaigns against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import type { components } from "../src/index.js";
import { contractClient, ids, queryPairs } from "./support.js";

const { client, lastRequest } = contractClient();
const campaignPath = { campaign_id: ids.campaign };
const weekdayMornings: components["schemas"]["CallTimeWindow"] = {
  windows: [{ start_min: 540, end_min: 720, days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"] }],
  timezone: "Asia/Seoul",
  auto_resume: true,
};

describe("Campaigns", () => {
  it("createCampaign: POST /v3/campaigns with tasks, schedule and calling hours", async () => {
    const { data, response } = await client.POST("/v3/campaigns", {
      body: {
        name: "May appointment reminders",
        from_number: "07011112222",
        agent: { agent_id: ids.agent, agent_version: "production" },
        tasks: [
          {
            to_number: "01012345678",
            dynamic_variables: { customer_name: "홍길동" },
            metadata: { crm_lead_id: "lead_a1b2c3" },
          },
          { to_number: "01099998888", dynamic_variables: { customer_name: "김철수" }, presentation_number: "15881234" },
        ],
        presentation_number: "15881234",
        scheduled_at: 1767661200000,
        concurrency: 5,
        call_time_window: weekdayMornings,
      },
    });
    expect(response.status).toBe(201);
    expect(data?.status).toBe("draft");
    expect(data?.total_calls).toBe(2);
    expect(data?.call_time_window?.windows?.[0]?.start_min).toBe(540);
  });

  it("listCampaigns: GET /v3/campaigns with cursor and limit", async () => {
    const { data, response } = await client.GET("/v3/campaigns", {
      params: { query: { cursor: "eyJpZCI6IjEyMiJ9", limit: 10 } },
    });
    expect(response.status).toBe(200);
    expect(data?.items[0]?.status).toBe("ongoing");
    expect(data?.items[0]?.active_concurrency).toBe(1);
    expect(queryPairs(lastRequest())).toEqual([
      ["cursor", "eyJpZCI6IjEyMiJ9"],
      ["limit", "10"],
    ]);
  });

  it("getCampaign: GET /v3/campaigns/{campaign_id}", async () => {
    const { data, response } = await client.GET("/v3/campaigns/{campaign_id}", { params: { path: campaignPath } });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(ids.campaign);
    expect(data?.finished_at).toBeNull();
    expect(lastRequest().url.pathname).toBe("/v3/campaigns/123");
  });

  it("updateCampaign: PATCH /v3/campaigns/{campaign_id} renames it and replaces the windows", async () => {
    const { data, response } = await client.PATCH("/v3/campaigns/{campaign_id}", {
      params: { path: campaignPath },
      body: {
        name: "May reminders (second round)",
        call_time_window: {
          windows: [{ start_min: 780, end_min: 1200, days: ["Saturday"] }],
          timezone: "Asia/Seoul",
          auto_resume: false,
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.name).toBe("May appointment reminders");
  });

  it("pauseCampaign: POST /v3/campaigns/{campaign_id}/pause", async () => {
    const { data, response } = await client.POST("/v3/campaigns/{campaign_id}/pause", {
      params: { path: campaignPath },
    });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("paused");
    expect(data?.paused_by).toBe("user");
  });

  it("resumeCampaign: POST /v3/campaigns/{campaign_id}/resume", async () => {
    const { data, response } = await client.POST("/v3/campaigns/{campaign_id}/resume", {
      params: { path: campaignPath },
    });
    expect(response.status).toBe(200);
    expect(data?.paused_at).toBeNull();
  });

  it("cancelCampaign: POST /v3/campaigns/{campaign_id}/cancel", async () => {
    const { data, response } = await client.POST("/v3/campaigns/{campaign_id}/cancel", {
      params: { path: campaignPath },
    });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("canceled");
    expect(data?.failed_calls).toBe(1);
  });
});
