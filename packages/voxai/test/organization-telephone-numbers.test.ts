/**
 * Contract test, tag "Organization Telephone Numbers": the numbers the
 * organization holds, their memo, agent mapping, SIP settings and
 * cancellation, against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids, queryPairs } from "./support.js";

const { client, requests, lastRequest, expectViolations } = contractClient();
const numberPath = { organization_telephone_number_id: ids.heldNumber };
const customPath = { organization_telephone_number_id: ids.customNumber };

describe("Organization Telephone Numbers", () => {
  it("listOrganizationTelephoneNumbers: two statuses are sent as a repeated parameter", async () => {
    const before = requests.length;
    const { data, error, response } = await client.GET("/v3/organization-telephone-numbers", {
      params: { query: { status: ["active", "scheduled"] } },
    });
    // The mock validated the repeated form against the spec and accepted it (no violation: see the harness).
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.items.map((number) => number.status)).toEqual(["active", "active"]);
    // Exactly one request, and its query is the repeated form, never `status[]=`.
    expect(requests.length - before).toBe(1);
    expect(lastRequest().url.search).toBe("?status=active&status=scheduled");
  });

  it("listOrganizationTelephoneNumbers: the mock rejects the comma-joined form the spec does not allow", async () => {
    expectViolations(/status\.0 must be equal to one of the allowed values/);
    const { response } = await client.GET("/v3/organization-telephone-numbers", {
      params: { query: { status: ["active", "scheduled"] } },
      querySerializer: { array: { style: "form", explode: false } },
    });
    expect(lastRequest().url.search).toBe("?status=active,scheduled");
    expect(response.status).toBe(400);
  });

  it("listOrganizationTelephoneNumbers: every filter", async () => {
    const { data, response } = await client.GET("/v3/organization-telephone-numbers", {
      params: {
        query: {
          provider: "custom",
          status: ["cancel_requested", "expired"],
          cursor: "eyJpZCI6ImEyYzQifQ",
          limit: 1,
          sort_by: "created_at",
          sort_order: "asc",
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.items[1]?.address).toBe("sip:trunk.example.com:5060");
    expect(data?.next_cursor).toBeNull();
    expect(queryPairs(lastRequest())).toEqual([
      ["provider", "custom"],
      ["status", "cancel_requested"],
      ["status", "expired"],
      ["cursor", "eyJpZCI6ImEyYzQifQ"],
      ["limit", "1"],
      ["sort_by", "created_at"],
      ["sort_order", "asc"],
    ]);
  });

  it("getOrganizationTelephoneNumber: GET by record id", async () => {
    const { data, response } = await client.GET(
      "/v3/organization-telephone-numbers/{organization_telephone_number_id}",
      {
        params: { path: numberPath },
      },
    );
    expect(response.status).toBe(200);
    expect(data?.number).toBe("07011112222");
    expect(data?.inbound_agent?.agent_version).toBe("production");
  });

  it("updateOrganizationTelephoneNumber: PATCH the memo", async () => {
    const { data, response } = await client.PATCH(
      "/v3/organization-telephone-numbers/{organization_telephone_number_id}",
      {
        params: { path: numberPath },
        body: { memo: "Main reminder line" },
      },
    );
    expect(response.status).toBe(200);
    expect(data?.memo).toBe("Main reminder line");
  });

  it("updateOrganizationTelephoneNumber: null clears the memo", async () => {
    const { response } = await client.PATCH("/v3/organization-telephone-numbers/{organization_telephone_number_id}", {
      params: { path: numberPath },
      body: { memo: null },
    });
    expect(response.status).toBe(200);
  });

  it("cancelOrganizationTelephoneNumber: DELETE says when the cancellation takes effect", async () => {
    const { data, response } = await client.DELETE(
      "/v3/organization-telephone-numbers/{organization_telephone_number_id}",
      {
        params: { path: numberPath },
      },
    );
    expect(response.status).toBe(200);
    expect(data).toEqual({ id: ids.heldNumber, number: "07011112222", provider: "vox", effective_at: 1769904000000 });
  });

  it("revokeOrganizationTelephoneNumberCancellation: POST …/revoke-cancel", async () => {
    const { data, response } = await client.POST(
      "/v3/organization-telephone-numbers/{organization_telephone_number_id}/revoke-cancel",
      {
        params: { path: numberPath },
      },
    );
    expect(response.status).toBe(200);
    expect(data?.status).toBe("active");
    expect(data?.cancel_requested_at).toBeNull();
  });

  it("updateOrganizationTelephoneNumberSip: PATCH …/sip with a new address and its password", async () => {
    const { data, response } = await client.PATCH(
      "/v3/organization-telephone-numbers/{organization_telephone_number_id}/sip",
      {
        params: { path: customPath },
        body: {
          address: "sip:trunk2.example.com:5060",
          auth_username: "trunk-user",
          auth_password: "n3w-s3cret",
          memo: null,
        },
      },
    );
    expect(response.status).toBe(200);
    expect(data?.provider).toBe("custom");
  });

  it("updateOrganizationTelephoneNumberAgents: PATCH …/agent maps both directions", async () => {
    const { data, response } = await client.PATCH(
      "/v3/organization-telephone-numbers/{organization_telephone_number_id}/agent",
      {
        params: { path: numberPath },
        body: {
          inbound_agent: { agent_id: ids.agent, agent_version: "production" },
          outbound_agent: { agent_id: ids.agent, agent_version: "current" },
        },
      },
    );
    expect(response.status).toBe(200);
    expect(data?.outbound_agent?.agent_version).toBe("current");
  });

  it("updateOrganizationTelephoneNumberAgents: null removes the inbound mapping", async () => {
    const { response } = await client.PATCH(
      "/v3/organization-telephone-numbers/{organization_telephone_number_id}/agent",
      {
        params: { path: numberPath },
        body: { inbound_agent: null },
      },
    );
    expect(response.status).toBe(200);
  });
});
