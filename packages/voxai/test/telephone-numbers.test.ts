/**
 * Contract test, tag "Telephone Numbers": numbers for sale, buying one, and
 * registering a customer-owned SIP number, against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids, queryPairs } from "./support.js";

const { client, lastRequest } = contractClient();

describe("Telephone Numbers", () => {
  it("listAvailableTelephoneNumbers: GET /v3/telephone-numbers/available with every filter", async () => {
    const { data, response } = await client.GET("/v3/telephone-numbers/available", {
      params: {
        query: {
          line_type: "landline",
          cursor: "eyJudW1iZXIiOiIwMjAwIn0",
          limit: 50,
          sort_by: "monthly_fee",
          sort_order: "desc",
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.items[0]?.provider).toBe("vox");
    expect(data?.items[0]?.sms_capable?.send).toBe(true);
    expect(data?.total_count).toBe(48);
    expect(queryPairs(lastRequest())).toEqual([
      ["line_type", "landline"],
      ["cursor", "eyJudW1iZXIiOiIwMjAwIn0"],
      ["limit", "50"],
      ["sort_by", "monthly_fee"],
      ["sort_order", "desc"],
    ]);
  });

  it("registerTelephoneNumber: POST /v3/telephone-numbers/register with SIP credentials", async () => {
    const { data, response } = await client.POST("/v3/telephone-numbers/register", {
      body: {
        number: "0212345678",
        address: "sip:trunk.example.com:5060",
        auth_username: "trunk-user",
        auth_password: "s3cret-pass",
        memo: "Seoul office main line",
      },
    });
    expect(response.status).toBe(201);
    expect(data?.provider).toBe("custom");
    expect(data?.inbound_agent).toBeNull();
  });

  it("purchaseTelephoneNumber: POST /v3/telephone-numbers/purchase", async () => {
    const { data, response } = await client.POST("/v3/telephone-numbers/purchase", {
      body: { telephone_line_id: ids.telephoneLine },
    });
    expect(response.status).toBe(201);
    expect(data?.provider).toBe("vox");
    expect(data?.monthly_fee).toBe(3000);
  });
});
