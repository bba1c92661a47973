/**
 * Walking the lead list over several pages. Prism's static mock always answers
 * the same one-page example, so this test serves three pages from an in-process
 * fetch stub and checks what the paginator asks for on each request.
 */
import { describe, expect, it } from "vitest";
import { type components, createVoxysClient } from "../src/index.js";

type Lead = components["schemas"]["Lead"];

function lead(id: number): Lead {
  return {
    id,
    custom_name: `Lead ${id}`,
    status: "open",
    lead_value: 1000 * id,
    lead_currency: "USD",
    position: id,
    notes: null,
    assigned_agent: { id: 5, name: "Jane Smith", email: "jane@example.com", avatar_url: null },
    company: null,
    conversation_id: null,
    custom_attributes: {},
    created_at: "2026-05-04T09:15:00Z",
    updated_at: "2026-05-04T09:15:00Z",
  };
}

/** A fetch that serves `pages` of leads (2 per page) and records every request URL. */
function leadServer(pages = 3, perPage = 2) {
  const urls: URL[] = [];
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    urls.push(url);
    const page = Number(url.searchParams.get("page") ?? "1");
    const data = page <= pages ? [lead(page * 10 + 1), lead(page * 10 + 2)].slice(0, perPage) : [];
    const body = { data, meta: { current_page: page, total_pages: pages, total_count: pages * perPage } };
    return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
  };
  return { fetch, urls };
}

const filters = {
  status: "open",
  assigned_agent_id: 5,
  sort_by: "lead_value",
  sort_order: "asc",
  per_page: 2,
} as const;
const sentFilters = { status: "open", assigned_agent_id: "5", sort_by: "lead_value", sort_order: "asc", per_page: "2" };

describe("paginate over /leads", () => {
  it("walks three pages, sending the filters and per_page every time and counting page up", async () => {
    const server = leadServer(3);
    const client = createVoxysClient({
      apiKey: "test-token",
      accountId: 1,
      baseUrl: "https://connect.voxys.test",
      fetch: server.fetch,
      maxRetries: 0,
    });

    const leads = await client
      .paginate("/api/v1/accounts/{account_id}/leads", { params: { query: filters } })
      .toArray();

    expect(leads.map((l) => l.id)).toEqual([11, 12, 21, 22, 31, 32]);
    expect(server.urls).toHaveLength(3); // meta.total_pages is 3: no fourth request
    for (const url of server.urls) {
      expect(url.pathname).toBe("/api/v1/accounts/1/leads");
      const { page: _page, ...rest } = Object.fromEntries(url.searchParams);
      expect(rest).toEqual(sentFilters);
    }
    // The first request leaves `page` to the server's default (1); then 2 and 3.
    expect(server.urls.map((url) => url.searchParams.get("page"))).toEqual([null, "2", "3"]);
  });

  it("byPage() yields each page with its body, and can start from a later page", async () => {
    const server = leadServer(3);
    const client = createVoxysClient({
      apiKey: "test-token",
      accountId: 1,
      baseUrl: "https://connect.voxys.test",
      fetch: server.fetch,
      maxRetries: 0,
    });

    const pages = [];
    for await (const page of client
      .paginate("/api/v1/accounts/{account_id}/leads", { params: { query: { ...filters, page: 2 } } })
      .byPage()) {
      pages.push({ number: page.number, current: page.body.meta?.current_page, ids: page.items.map((l) => l.id) });
    }

    expect(pages).toEqual([
      { number: 1, current: 2, ids: [21, 22] },
      { number: 2, current: 3, ids: [31, 32] },
    ]);
    expect(server.urls.map((url) => url.searchParams.get("page"))).toEqual(["2", "3"]);
  });

  it("stops early at maxItems without fetching the remaining pages", async () => {
    const server = leadServer(3);
    const client = createVoxysClient({
      apiKey: "test-token",
      accountId: 1,
      baseUrl: "https://connect.voxys.test",
      fetch: server.fetch,
      maxRetries: 0,
    });

    const leads = await client
      .paginate("/api/v1/accounts/{account_id}/leads", { params: { query: filters }, maxItems: 3 })
      .toArray();

    expect(leads.map((l) => l.id)).toEqual([11, 12, 21]);
    expect(server.urls).toHaveLength(2);
  });

  it("sends the token in the api_access_token header on every page", async () => {
    const headers: (string | null)[] = [];
    const server = leadServer(2);
    const client = createVoxysClient({
      apiKey: "test-token",
      accountId: 1,
      baseUrl: "https://connect.voxys.test",
      fetch: (request) => {
        headers.push(request.headers.get("api_access_token"));
        return server.fetch(request);
      },
    });

    await client.paginate("/api/v1/accounts/{account_id}/leads").toArray();

    expect(headers).toEqual(["test-token", "test-token"]);
  });
});
