/**
 * Contract test, tag "Companies": every company operation through
 * createVoxysClient (with `accountId: 1`) against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, queryOf } from "./support.js";

const { client, requests } = contractClient();
const base = "/api/v1/accounts/{account_id}/companies";

describe("Companies", () => {
  it("listCompanies: GET /companies sorted by name", async () => {
    const { data, response } = await client.GET(base, { params: { query: { page: 1, sort: "name" } } });
    expect(response.status).toBe(200);
    expect(data?.data?.[0]?.name).toBe("Acme Corp");
    expect(data?.meta?.total_pages).toBe(1);
    expect(queryOf(requests.at(-1)!)).toEqual({ page: "1", sort: "name" });
  });

  it("createCompany: POST /companies", async () => {
    const { data, response } = await client.POST(base, {
      body: {
        name: "Acme Corp",
        domain: "acme.com",
        description: "Global leader in widgets.",
        custom_attributes: { industry: "Technology" },
      },
    });
    expect(response.status).toBe(201);
    expect(data?.contacts_count).toBe(0);
  });

  it("searchCompanies: GET /companies/search?q=", async () => {
    const { data, response } = await client.GET(`${base}/search`, { params: { query: { q: "acme" } } });
    expect(response.status).toBe(200);
    expect(data?.[0]?.domain).toBe("acme.com");
  });

  it("getCompany: GET /companies/{id}", async () => {
    const { data, response } = await client.GET(`${base}/{id}`, { params: { path: { id: 10 } } });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(10);
    expect(data?.contacts_count).toBe(5);
  });

  it("updateCompany: PATCH /companies/{id}", async () => {
    const { data, response } = await client.PATCH(`${base}/{id}`, {
      params: { path: { id: 10 } },
      body: { name: "Acme Corp Updated", description: null },
    });
    expect(response.status).toBe(200);
    expect(data?.name).toBe("Acme Corp Updated");
  });

  it("deleteCompany: DELETE /companies/{id}", async () => {
    const { data, response } = await client.DELETE(`${base}/{id}`, { params: { path: { id: 10 } } });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });

  it("getCompanyTimeline: GET /companies/{id}/timeline", async () => {
    const { data, response } = await client.GET(`${base}/{id}/timeline`, { params: { path: { id: 10 } } });
    expect(response.status).toBe(200);
    expect(data?.[0]?.event_type).toBe("lead_created");
    expect(data?.[0]?.actor?.id).toBe(1);
  });

  it("findCompanyDuplicates: GET /companies/{id}/duplicates", async () => {
    const { data, response } = await client.GET(`${base}/{id}/duplicates`, { params: { path: { id: 10 } } });
    expect(response.status).toBe(200);
    expect(data?.map((company) => company.id)).toEqual([15]);
  });

  it("mergeCompanies: POST /companies/{id}/merge", async () => {
    const { data, response } = await client.POST(`${base}/{id}/merge`, {
      params: { path: { id: 10 } },
      body: { target_company_id: 15 },
    });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(15);
    expect(data?.contacts_count).toBe(7);
  });

  it("listCompanyContacts: GET /companies/{id}/contacts", async () => {
    const { data, response } = await client.GET(`${base}/{id}/contacts`, { params: { path: { id: 10 } } });
    expect(response.status).toBe(200);
    expect(data?.[0]).toMatchObject({ id: 200, email: "john@acme.com" });
  });

  it("addCompanyContact: POST /companies/{id}/contacts answers 200", async () => {
    const { data, response } = await client.POST(`${base}/{id}/contacts`, {
      params: { path: { id: 10 } },
      body: { contact_id: 200 },
    });
    expect(response.status).toBe(200);
    expect(data?.phone_number).toBe("+19715552345");
  });

  it("removeCompanyContact: DELETE /companies/{id}/contacts/{contact_id}", async () => {
    const { response } = await client.DELETE(`${base}/{id}/contacts/{contact_id}`, {
      params: { path: { id: 10, contact_id: 200 } },
    });
    expect(response.status).toBe(204);
    expect(new URL(requests.at(-1)!.url).pathname).toBe("/api/v1/accounts/1/companies/10/contacts/200");
  });
});

describe("company pagination against the mock", () => {
  it("walks /companies (no page size) and ends after the only page", async () => {
    const companies = await client.paginate(base, { params: { query: { sort: "updated_at" } } }).toArray();
    expect(companies.map((company) => company.name)).toEqual(["Acme Corp"]);
    expect(queryOf(requests.at(-1)!)).toEqual({ sort: "updated_at" });
  });
});
