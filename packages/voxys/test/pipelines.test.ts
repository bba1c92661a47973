/**
 * Contract test, tag "Pipelines": every pipeline (funnel), stage and card
 * operation through createVoxysClient (with `accountId: 1`) against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, queryOf } from "./support.js";

const { client, requests } = contractClient();
const base = "/api/v1/accounts/{account_id}/funnels";
const funnel = { params: { path: { id: 3 } } };

describe("Pipelines", () => {
  it("listFunnels: GET /funnels", async () => {
    const { data, response } = await client.GET(base);
    expect(response.status).toBe(200);
    expect(data?.[0]).toMatchObject({ id: 3, name: "Sales Pipeline", stages_count: 5 });
  });

  it("createFunnel: POST /funnels", async () => {
    const { data, response } = await client.POST(base, {
      body: {
        name: "Sales Pipeline",
        description: "Main B2B sales pipeline.",
        color: "#4CAF50",
        position: 1,
        is_public: false,
        is_active: true,
      },
    });
    expect(response.status).toBe(201);
    expect(data?.name).toBe("Sales Pipeline");
  });

  it("getFunnel: GET /funnels/{id}", async () => {
    const { data, response } = await client.GET(`${base}/{id}`, funnel);
    expect(response.status).toBe(200);
    expect(data?.id).toBe(3);
  });

  it("updateFunnel: PATCH /funnels/{id}", async () => {
    const { data, response } = await client.PATCH(`${base}/{id}`, {
      ...funnel,
      body: { is_active: false, description: null },
    });
    expect(response.status).toBe(200);
    expect(data?.is_active).toBe(false);
  });

  it("deleteFunnel: DELETE /funnels/{id}", async () => {
    const { response } = await client.DELETE(`${base}/{id}`, funnel);
    expect(response.status).toBe(204);
  });

  it("getFunnelStats: GET /funnels/{id}/stats", async () => {
    const { data, response } = await client.GET(`${base}/{id}/stats`, funnel);
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ total_cards: 45, won_cards: 12, conversion_rate: 26.7 });
  });

  it("listFunnelStages: GET /funnels/{id}/stages", async () => {
    const { data, response } = await client.GET(`${base}/{id}/stages`, funnel);
    expect(response.status).toBe(200);
    expect(data?.map((stage) => stage.chatwoot_status)).toEqual([null, "open"]);
  });

  it("createFunnelStage: POST /funnels/{id}/stages", async () => {
    const { data, response } = await client.POST(`${base}/{id}/stages`, {
      ...funnel,
      body: { name: "Qualification", color: "#2196F3", position: 2, chatwoot_status: "open" },
    });
    expect(response.status).toBe(201);
    expect(data?.cards_count).toBe(0);
  });

  it("reorderFunnelStages: POST /funnels/{id}/stages/reorder", async () => {
    const { data, response } = await client.POST(`${base}/{id}/stages/reorder`, {
      ...funnel,
      body: { stage_ids: [7, 8, 9, 10, 11] },
    });
    expect(response.status).toBe(200);
    expect(data?.map((stage) => stage.position)).toEqual([1, 2]);
  });

  it("updateFunnelStage: PATCH /funnels/{id}/stages/{stage_id} (name is required)", async () => {
    const { data, response } = await client.PATCH(`${base}/{id}/stages/{stage_id}`, {
      params: { path: { id: 3, stage_id: 7 } },
      body: { name: "Qualification", color: "#3F51B5", chatwoot_status: null },
    });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(7);
  });

  it("deleteFunnelStage: DELETE /funnels/{id}/stages/{stage_id}", async () => {
    const { response } = await client.DELETE(`${base}/{id}/stages/{stage_id}`, {
      params: { path: { id: 3, stage_id: 7 } },
    });
    expect(response.status).toBe(204);
    expect(new URL(requests.at(-1)!.url).pathname).toBe("/api/v1/accounts/1/funnels/3/stages/7");
  });

  it("listFunnelCards: GET /funnels/{id}/cards filtered by lead status and stage", async () => {
    const { data, response } = await client.GET(`${base}/{id}/cards`, {
      params: { path: { id: 3 }, query: { lead_status: "open", stage_id: 7 } },
    });
    expect(response.status).toBe(200);
    expect(data?.[0]?.lead?.custom_name).toBe("Enterprise Deal - Q3");
    expect(queryOf(requests.at(-1)!)).toEqual({ lead_status: "open", stage_id: "7" });
  });

  it("createFunnelCard: POST /funnels/{id}/cards with a new lead inline", async () => {
    const { data, response } = await client.POST(`${base}/{id}/cards`, {
      ...funnel,
      body: {
        funnel_stage_id: 7,
        custom_name: "New Deal",
        lead_value: 5000,
        lead_currency: "USD",
        assigned_agent_id: 1,
      },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ id: 55, funnel_stage_id: 7 });
  });

  it("updateFunnelCard: PATCH /funnels/{id}/cards/{card_id}", async () => {
    const { data, response } = await client.PATCH(`${base}/{id}/cards/{card_id}`, {
      params: { path: { id: 3, card_id: 55 } },
      body: { lead_value: 20000 },
    });
    expect(response.status).toBe(200);
    expect(data?.lead?.lead_value).toBe(20000);
  });

  it("deleteFunnelCard: DELETE /funnels/{id}/cards/{card_id}", async () => {
    const { response } = await client.DELETE(`${base}/{id}/cards/{card_id}`, {
      params: { path: { id: 3, card_id: 55 } },
    });
    expect(response.status).toBe(204);
  });

  it("moveFunnelCard: POST /funnels/{id}/cards/{card_id}/move", async () => {
    const { data, response } = await client.POST(`${base}/{id}/cards/{card_id}/move`, {
      params: { path: { id: 3, card_id: 55 } },
      body: { target_stage_id: 9, position: 2 },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ funnel_stage_id: 9, position: 2 });
  });

  it("getFunnelCardHistory: GET /funnels/{id}/cards/{card_id}/history", async () => {
    const { data, response } = await client.GET(`${base}/{id}/cards/{card_id}/history`, {
      params: { path: { id: 3, card_id: 55 } },
    });
    expect(response.status).toBe(200);
    expect(data?.[0]).toMatchObject({ event_type: "stage_changed", from_stage: "Qualification", to_stage: "Proposal" });
  });

  it("getFunnelAnalytics: GET /funnels/{id}/analytics with every filter", async () => {
    const { data, response } = await client.GET(`${base}/{id}/analytics`, {
      params: { path: { id: 3 }, query: { since: "2026-01-01", until: "2026-05-31", agent_id: 1, group_by: "stage" } },
    });
    expect(response.status).toBe(200);
    expect(data?.period).toEqual({ since: "2026-01-01", until: "2026-05-31" });
    expect(data?.by_stage?.[0]?.stage_name).toBe("Qualification");
    expect(queryOf(requests.at(-1)!)).toEqual({
      since: "2026-01-01",
      until: "2026-05-31",
      agent_id: "1",
      group_by: "stage",
    });
  });
});
