/**
 * Pagination against the mock: `client.paginate` over the page-number lists.
 * Prism answers every page with the same example, so these walks also show how
 * the paginator ends: on `nextPage: null`, or on a repeated page.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids, queryOf } from "./support.js";

const { client, requests } = contractClient();

describe("paginate against the mock", () => {
  it("stops after one page when the page says nextPage: null (/v2/campaigns)", async () => {
    const before = requests.length;
    const campaigns = await client
      .paginate("/v2/campaigns", { params: { query: { limit: 50, status: "active" } } })
      .toArray();
    expect(campaigns.map((campaign) => campaign.name)).toEqual(["Medicare AEP Outreach"]);
    expect(requests.slice(before).map(queryOf)).toEqual([{ limit: "50", status: "active" }]);
  });

  it("follows nextPage, then stops when the server repeats a page (/v2/customers)", async () => {
    // The spec's example page says nextPage: 2, and the mock answers page 2 with
    // the same items; the paginator's repeat guard ends the walk there instead of looping.
    const before = requests.length;
    const pages = [];
    for await (const page of client
      .paginate("/v2/customers", { params: { query: { limit: 2, states: "AZ" } } })
      .byPage()) {
      pages.push(page);
    }
    expect(pages).toHaveLength(1);
    expect(pages[0]?.body.nextPage).toBe(2);
    expect(pages[0]?.items.map((customer) => customer.firstName)).toEqual(["Marcus", "Priya"]);
    expect(requests.slice(before).map(queryOf)).toEqual([
      { limit: "2", states: "AZ" },
      { limit: "2", states: "AZ", page: "2" },
    ]);
  });

  it("walks a customer's calls and the custom-field definitions", async () => {
    const calls = await client
      .paginate("/v2/customers/{id}/calls", { params: { path: { id: ids.customer } } })
      .toArray();
    const definitions = await client
      .paginate("/v2/custom-fields", { params: { query: { recordType: "customers" } } })
      .toArray();
    expect(calls.map((call) => call.id)).toEqual([
      "2deebd38-6b72-4216-9cec-942991d71357",
      "897251a9-443f-4234-b4cd-787a812af2ab",
    ]);
    expect(definitions.map((definition) => definition.fieldType)).toEqual(["select", "text"]);
  });

  it("honours maxItems", async () => {
    const customers = await client.paginate("/v2/customers", { maxItems: 1 }).toArray();
    expect(customers.map((customer) => customer.lastName)).toEqual(["Delacroix"]);
  });
});
