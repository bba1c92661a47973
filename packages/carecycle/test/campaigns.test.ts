/**
 * Contract test, tag "Campaigns": every campaign operation through
 * createCarecycleClient against the Prism mock, request validation on.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids, queryOf } from "./support.js";

const { client, requests } = contractClient();

describe("Campaigns", () => {
  it("listCampaigns: GET /v2/campaigns with every filter", async () => {
    const { data, error, response } = await client.GET("/v2/campaigns", {
      params: {
        query: { page: 1, limit: 25, sortBy: "startDate", sortOrder: "asc", search: "Medicare", status: "active" },
      },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.itemsTotal).toBe(1);
    expect(data?.nextPage).toBeNull();
    expect(data?.items[0]?.name).toBe("Medicare AEP Outreach");
    expect(data?.items[0]?.customerStats?.statusCounts?.exceeded_max_calls).toBe(57);
    expect(queryOf(requests.at(-1)!)).toEqual({
      page: "1",
      limit: "25",
      sortBy: "startDate",
      sortOrder: "asc",
      search: "Medicare",
      status: "active",
    });
  });

  it("getCampaign: GET /v2/campaigns/{campaignId} with the client details", async () => {
    const { data, response } = await client.GET("/v2/campaigns/{campaignId}", {
      params: { path: { campaignId: ids.campaign }, query: { includeClient: true } },
    });
    expect(response.status).toBe(200);
    expect(data?.campaign.id).toBe(ids.campaign);
    expect(data?.campaign.client?.smsCompanyName).toBe("Sunrise Benefits");
    expect(new URL(requests.at(-1)!.url).search).toBe("?includeClient=true");
  });

  it("listAgentSourceRestrictions: GET /v2/campaigns/{campaignId}/agent-source-restrictions", async () => {
    const { data, response } = await client.GET("/v2/campaigns/{campaignId}/agent-source-restrictions", {
      params: { path: { campaignId: ids.campaign } },
    });
    expect(response.status).toBe(200);
    expect(data?.restrictions).toHaveLength(2);
    expect(data?.restrictions[1]?.sourceName).toBe("Inbound TV Line");
  });

  it("createAgentSourceRestriction: POST /v2/campaigns/{campaignId}/agent-source-restrictions", async () => {
    const { data, response } = await client.POST("/v2/campaigns/{campaignId}/agent-source-restrictions", {
      params: { path: { campaignId: ids.campaign } },
      body: { memberId: ids.member, sourceId: ids.source },
    });
    expect(response.status).toBe(201);
    expect(data?.restriction).toMatchObject({
      memberId: ids.member,
      sourceId: ids.source,
      memberName: "Dana Whitfield",
    });
    expect(await requests.at(-1)!.json()).toEqual({ memberId: ids.member, sourceId: ids.source });
  });
});
