/**
 * Contract test, tag "Leads": every lead operation through createVoxysClient
 * (with `accountId: 1`) against the Prism mock, request validation on.
 */
import { describe, expect, it } from "vitest";
import { contractClient, queryOf } from "./support.js";

const { client, requests } = contractClient();
const base = "/api/v1/accounts/{account_id}/leads";

describe("Leads", () => {
  it("listLeads: GET /leads with every filter", async () => {
    const { data, error, response } = await client.GET(base, {
      params: {
        query: {
          status: "won",
          assigned_agent_id: 1,
          source_inbox_id: 5,
          sort_by: "lead_value",
          sort_order: "asc",
          page: 2,
          per_page: 50,
        },
      },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.data?.[0]?.custom_name).toBe("Enterprise Deal - Q3");
    expect(data?.data?.[0]?.assigned_agent?.email).toBe("jane@example.com");
    expect(data?.meta).toEqual({ current_page: 1, total_pages: 1, total_count: 1 });
    const sent = requests.at(-1)!;
    expect(new URL(sent.url).pathname).toBe("/api/v1/accounts/1/leads");
    expect(queryOf(sent)).toEqual({
      status: "won",
      assigned_agent_id: "1",
      source_inbox_id: "5",
      sort_by: "lead_value",
      sort_order: "asc",
      page: "2",
      per_page: "50",
    });
  });

  it("createLead: POST /leads", async () => {
    const { data, response } = await client.POST(base, {
      body: {
        custom_name: "Enterprise Deal - Q3",
        lead_value: 15000,
        lead_currency: "USD",
        assigned_agent_id: 1,
        position: 1,
        conversation_id: 100,
        company_id: 10,
        custom_attributes: { industry: "Technology" },
      },
    });
    expect(response.status).toBe(201);
    expect(data?.status).toBe("open");
    expect(data?.company?.name).toBe("Acme Corp");
  });

  it("getLeadStats: GET /leads/stats", async () => {
    const { data, response } = await client.GET(`${base}/stats`);
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ total: 120, won: 25, won_value: 125000 });
  });

  it("bulkActionLeads: POST /leads/bulk (assign)", async () => {
    const { data, response } = await client.POST(`${base}/bulk`, {
      body: { lead_ids: [1, 2, 3], action_type: "assign", params: { assigned_agent_id: 5 } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ success: true, affected_count: 3 });
  });

  it("getLead: GET /leads/{id}", async () => {
    const { data, response } = await client.GET(`${base}/{id}`, { params: { path: { id: 42 } } });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(42);
    expect(data?.custom_attributes).toMatchObject({ industry: "Technology" });
  });

  it("updateLead: PATCH /leads/{id}", async () => {
    const { data, response } = await client.PATCH(`${base}/{id}`, {
      params: { path: { id: 42 } },
      body: { custom_name: "Updated Deal Name", lead_value: 18000, assigned_agent_id: null },
    });
    expect(response.status).toBe(200);
    expect(data?.custom_name).toBe("Updated Deal Name");
    expect(data?.lead_value).toBe(18000);
  });

  it("deleteLead: DELETE /leads/{id}", async () => {
    const { data, error, response } = await client.DELETE(`${base}/{id}`, { params: { path: { id: 42 } } });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
    expect(error).toBeUndefined();
  });

  it("changeLeadStatus: PATCH /leads/{id}/status", async () => {
    const { data, response } = await client.PATCH(`${base}/{id}/status`, {
      params: { path: { id: 42 } },
      body: { status: "won", notes: "Closed deal after final negotiation." },
    });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("won");
  });

  it("convertLeadToDeal: POST /leads/{lead_id}/convert", async () => {
    const { data, response } = await client.POST(`${base}/{lead_id}/convert`, {
      params: { path: { lead_id: 42 } },
      body: { funnel_id: 3, funnel_stage_id: 7 },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ funnel_id: 3, funnel_stage_id: 7 });
    expect(data?.lead?.id).toBe(42);
  });

  it("listLeadNotes: GET /leads/{lead_id}/notes", async () => {
    const { data, response } = await client.GET(`${base}/{lead_id}/notes`, { params: { path: { lead_id: 42 } } });
    expect(response.status).toBe(200);
    expect(data?.[0]?.content).toBe("Called prospect, left voicemail.");
    expect(data?.[0]?.author?.name).toBe("Jane Smith");
  });

  it("createLeadNote: POST /leads/{lead_id}/notes", async () => {
    const { data, response } = await client.POST(`${base}/{lead_id}/notes`, {
      params: { path: { lead_id: 42 } },
      body: { content: "Called prospect, left voicemail." },
    });
    expect(response.status).toBe(201);
    expect(data?.id).toBe(1);
  });
});

describe("lead pagination against the mock", () => {
  it("paginate sends the filters and per_page, and stops after the mock's only page", async () => {
    const before = requests.length;
    const filters = {
      status: "open",
      assigned_agent_id: 1,
      sort_by: "updated_at",
      sort_order: "desc",
      per_page: 25,
    } as const;
    const pages = [];
    for await (const page of client.paginate(base, { params: { query: filters } }).byPage()) pages.push(page);
    const sent = requests.slice(before);
    expect(sent).toHaveLength(1); // meta.total_pages is 1, so the walk ends after one request
    expect(new URL(sent[0]!.url).pathname).toBe("/api/v1/accounts/1/leads");
    expect(queryOf(sent[0]!)).toEqual({
      status: "open",
      assigned_agent_id: "1",
      sort_by: "updated_at",
      sort_order: "desc",
      per_page: "25",
    });
    expect(pages).toHaveLength(1);
    expect(pages[0]?.items.map((lead) => lead.id)).toEqual([42]);
    expect(pages[0]?.body.meta?.total_count).toBe(1);
  });
});
