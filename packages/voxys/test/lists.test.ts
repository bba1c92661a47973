/**
 * The lists of the Chatwoot-derived groups against the mock: contacts (15 per
 * page, fixed), conversations (`data.payload`), messages (an id cursor,
 * `before`), account reporting events (25 per page, with total_pages), and the
 * conversation-metrics route the vendor splits by a trailing slash.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { components } from "../src/index.js";
import { contractClient, queryOf } from "./support.js";

const { client, requests } = contractClient();
type Schemas = components["schemas"];

describe("paginated lists", () => {
  it("contacts: a page shorter than the fixed 15 ends the walk after one request", async () => {
    const before = requests.length;
    const contacts = await client
      .paginate("/api/v1/accounts/{account_id}/contacts", { params: { query: { sort: "-last_activity_at" } } })
      .toArray();
    expect(contacts.length).toBeGreaterThan(0);
    expect(contacts.length).toBeLessThan(15);
    expect(requests.length - before).toBe(1);
    expect(queryOf(requests.at(-1)!)).toEqual({ sort: "-last_activity_at" });
  });

  it("contact filter pages a POST, sending the conditions with every page", async () => {
    const walk = client.paginate("/api/v1/accounts/{account_id}/contacts/filter", {
      body: {
        payload: [{ attribute_key: "name", filter_operator: "contains", values: ["alice"], query_operator: null }],
      },
    });
    const pages = [];
    for await (const page of walk.byPage()) pages.push(page);
    expect(pages).toHaveLength(1);
    const sent = requests.at(-1)!;
    expect(sent.method).toBe("POST");
    expect(await sent.json()).toMatchObject({ payload: [{ attribute_key: "name", values: ["alice"] }] });
  });

  it("conversations: items come from data.payload and are typed", async () => {
    const [first] = await client
      .paginate("/api/v1/accounts/{account_id}/conversations", { params: { query: { status: "open" } }, maxItems: 1 })
      .toArray();
    expect(first?.id).toBeTypeOf("number");
    expectTypeOf(first).toExtend<Schemas["Conversation"] | undefined>();
  });

  it("messages: walks back with `before` = the first message's id, and stops on a short page", async () => {
    const before = requests.length;
    const pages = [];
    for await (const page of client
      .paginate("/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages", {
        params: { path: { conversation_id: 100 } },
      })
      .byPage()) {
      pages.push(page.items.map((message) => message.id));
    }
    expect(pages).toHaveLength(1); // the mock's page holds fewer than 20 messages: the walk is over
    expect(requests.length - before).toBe(1);
  });

  it("account reporting events: pages until meta.total_pages", async () => {
    const walk = client.paginate("/api/v1/accounts/{account_id}/reporting_events", {
      params: { query: { name: "first_response" } },
    });
    const events = await walk.toArray();
    expect(events.length).toBeGreaterThan(0);
    expectTypeOf(events[0]!).toExtend<Schemas["ReportingEvent"]>();
    expectTypeOf(events[0]!.name).toEqualTypeOf<string | undefined>();
  });
});

describe("conversation metrics (one route for the vendor's two, which differ by a trailing slash)", () => {
  it.each(["account", "agent"] as const)(
    "type=%s goes to /reports/conversations without a trailing slash",
    async (type) => {
      const { data, response } = await client.GET("/api/v2/accounts/{account_id}/reports/conversations", {
        params: { query: { type } },
      });
      expect(response.status).toBe(200);
      expect(data).toBeDefined();
      const url = new URL(requests.at(-1)!.url);
      expect(url.pathname).toBe("/api/v2/accounts/1/reports/conversations");
      expect(url.searchParams.get("type")).toBe(type);
    },
  );
});
