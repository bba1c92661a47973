/**
 * Contract test, tag "Customers" (the customer itself and its calls): every
 * such operation through createCarecycleClient against the Prism mock. The
 * customer's sub-records are in customer-records.test.ts.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids, queryOf } from "./support.js";

const { client, requests } = contractClient();

describe("Customers", () => {
  it("listCustomers: GET /v2/customers with every filter", async () => {
    const query = {
      page: 2,
      limit: 100,
      sortBy: "lastName",
      sortOrder: "asc",
      search: "Delacroix",
      includeTestNumbers: false,
      sourceIds: `${ids.source},${ids.otherSource}`,
      campaignIds: ids.campaign,
      customerCampaignStatus: "pending,in_progress",
      hasPriorAttempts: true,
      pulseNodeId: "b0c4c1de-52f6-4c7e-9f9e-0f3f6c2d8a11",
      policyStatus: "Active,Pending",
      assignedMemberIds: `${ids.member},unassigned`,
      status: "Lead,Active",
      dateField: "effectiveDate",
      startDate: "2026-01-01",
      endDate: "2026-06-30",
      lastCallStartDate: "2026-05-01",
      lastCallEndDate: "2026-05-31T23:59:59Z",
      states: "AZ,NM",
      counties: "Maricopa,Pima",
      policyTypes: "MA,MAPD",
    } as const;
    const { data, error, response } = await client.GET("/v2/customers", { params: { query } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.itemsTotal).toBe(137);
    expect(data?.nextPage).toBe(2);
    expect(data?.items.map((customer) => customer.lastName)).toEqual(["Delacroix", "Raman"]);
    expect(data?.items[0]?.callerId).toBe("+13128471928");
    // Multi-value filters travel as one comma-separated string each.
    expect(queryOf(requests.at(-1)!)).toEqual(
      Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)])),
    );
  });

  it("getCustomer: GET /v2/customers/{id} with related records", async () => {
    const { data, response } = await client.GET("/v2/customers/{id}", { params: { path: { id: ids.customer } } });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(ids.customer);
    expect(data?.policies?.[0]?.planName).toBe("Medicare Elite");
    expect(data?.prescriptions?.[0]?.name).toBe("Metformin");
    expect(data?.providers?.[0]?.npi).toBe("1457382910");
    expect(data?.dependents?.[0]?.relationshipType).toBe("Spouse");
    expect(data?.customFields?.[0]?.selectValue).toBe("Spanish");
  });

  it("updateCustomer: PATCH /v2/customers/{id}", async () => {
    const body = {
      qualificationStatus: "Qualified",
      intent: "High",
      preferredName: "Marc",
      email: "marcus.delacroix@example.com",
      gender: "Male",
      maritalStatus: "Married",
      language: "en",
      productInterest: "Medicare Advantage",
    } as const;
    const { data, response } = await client.PATCH("/v2/customers/{id}", {
      params: { path: { id: ids.customer } },
      body,
    });
    expect(response.status).toBe(200);
    expect(data?.qualificationStatus).toBe("Qualified");
    expect(data?.preferredName).toBe("Marc");
    expect(await requests.at(-1)!.json()).toEqual(body);
  });

  it("listCustomerCalls: GET /v2/customers/{id}/calls sorted by duration", async () => {
    const { data, response } = await client.GET("/v2/customers/{id}/calls", {
      params: { path: { id: ids.customer }, query: { page: 1, limit: 10, sortBy: "duration", sortOrder: "desc" } },
    });
    expect(response.status).toBe(200);
    expect(data?.items.map((call) => call.durationMs)).toEqual([184250, 31000]);
    expect(data?.items[0]?.disposition).toBe("Transferred");
    expect(new URL(requests.at(-1)!.url).pathname).toBe(`/v2/customers/${ids.customer}/calls`);
  });
});
