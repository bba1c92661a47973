/**
 * Contract test, tag "Sources": source performance through
 * createCarecycleClient against the Prism mock, request validation on.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids, queryOf } from "./support.js";

const { client, requests } = contractClient();

describe("Sources", () => {
  it("getSourcePerformance: GET /v2/sources/performance for one campaign and window", async () => {
    const query = { campaignId: ids.campaign, startDate: "2026-05-01T00:00:00Z", endDate: "2026-05-31T23:59:59Z" };
    const { data, error, response } = await client.GET("/v2/sources/performance", { params: { query } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.sources.map((source) => source.name)).toEqual(["Facebook Lead Ads", "Inbound TV Line"]);
    expect(data?.sources[1]?.contact_rate).toBeNull();
    expect(data?.stateBreakdown[0]).toMatchObject({ state: "AZ", leads_dialed: 512 });
    expect(queryOf(requests.at(-1)!)).toEqual(query);
  });
});
