/**
 * Cursor pagination. Prism's static mock always answers a list with the same
 * one-page example, so the multi-page walk runs against an in-process fetch
 * stub (three pages, cursors c1 → c2 → null); the mock then shows that
 * `paginate` ends on every one of the 14 lists and yields the example items.
 */
import { describe, expect, it } from "vitest";
import { type components, createVoxaiClient, type paths } from "../src/index.js";
import { pagination } from "../src/generated/pagination.js";
import { contractClient, ids, resolvedSpec } from "./support.js";

type Call = components["schemas"]["Call"];

function call(n: number): Call {
  return {
    id: `3079f46c-5b2a-4d8e-9f13-6a7c2e4b8d${String(n).padStart(2, "0")}`,
    agent: { agent_id: ids.agent, agent_version: "v2" },
    call_type: "outbound",
    status: "ended",
    from_number: "07011112222",
    to_number: `010123456${String(n).padStart(2, "0")}`,
    disconnection_reason: "user_hangup",
    start_at: 1767315600000 + n,
    end_at: 1767315692000 + n,
  };
}

/**
 * A fetch that serves calls by cursor: `pages[cursor ?? ""]` is the page for
 * that cursor. Records every request URL.
 */
function callServer(pages: Record<string, { items: Call[]; next_cursor?: string | null }>) {
  const urls: URL[] = [];
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    urls.push(url);
    const page = pages[url.searchParams.get("cursor") ?? ""];
    if (!page)
      return new Response(JSON.stringify({ error: { code: "VALIDATION_ERROR", message: "bad cursor", details: {} } }), {
        status: 400,
      });
    const body = { ...page, total_count: 5 };
    return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
  };
  return { fetch, urls };
}

const threePages = {
  "": { items: [call(1), call(2)], next_cursor: "c1" },
  c1: { items: [call(3), call(4)], next_cursor: "c2" },
  c2: { items: [call(5)], next_cursor: null },
};

const filters = {
  agent_id: [ids.agent],
  status: ["ended", "not_connected"],
  call_type: ["outbound"],
  sort_order: "asc",
  limit: 2,
} satisfies NonNullable<paths["/v3/calls"]["get"]["parameters"]["query"]>;

function stubClient(fetch: (request: Request) => Promise<Response>) {
  return createVoxaiClient({
    apiKey: "vox_test_token",
    baseUrl: "https://client-api.voxai.test",
    fetch,
    maxRetries: 0,
  });
}

describe("cursor walk over /v3/calls (in-process stub)", () => {
  it("follows c1 → c2 → null, sending the filters and the limit on every request", async () => {
    const server = callServer(threePages);
    const client = stubClient(server.fetch);

    const calls = await client.paginate("/v3/calls", { params: { query: filters } }).toArray();

    expect(calls.map((c) => c.to_number)).toEqual([
      "01012345601",
      "01012345602",
      "01012345603",
      "01012345604",
      "01012345605",
    ]);
    expect(server.urls).toHaveLength(3); // next_cursor null on the third page: no fourth request
    expect(server.urls.map((url) => url.searchParams.get("cursor"))).toEqual([null, "c1", "c2"]);
    for (const url of server.urls) {
      expect(url.pathname).toBe("/v3/calls");
      const pairs = [...url.searchParams].filter(([name]) => name !== "cursor");
      expect(pairs).toEqual([
        ["agent_id", ids.agent],
        ["status", "ended"],
        ["status", "not_connected"],
        ["call_type", "outbound"],
        ["sort_order", "asc"],
        ["limit", "2"],
      ]);
    }
  });

  it("byPage() yields each page with its body", async () => {
    const server = callServer(threePages);
    const client = stubClient(server.fetch);

    const pages = [];
    for await (const page of client.paginate("/v3/calls", { params: { query: { limit: 2 } } }).byPage()) {
      pages.push({
        number: page.number,
        next: page.body.next_cursor,
        total: page.body.total_count,
        count: page.items.length,
      });
    }

    expect(pages).toEqual([
      { number: 1, next: "c1", total: 5, count: 2 },
      { number: 2, next: "c2", total: 5, count: 2 },
      { number: 3, next: null, total: 5, count: 1 },
    ]);
  });

  it("ends when the last page leaves next_cursor out (it is optional in the docs)", async () => {
    const server = callServer({
      "": { items: [call(1), call(2)], next_cursor: "c1" },
      c1: { items: [call(3), call(4)] },
    });
    const calls = await stubClient(server.fetch)
      .paginate("/v3/calls", { params: { query: { limit: 2 } } })
      .toArray();
    expect(calls).toHaveLength(4);
    expect(server.urls.map((url) => url.searchParams.get("cursor"))).toEqual([null, "c1"]);
  });

  it("starts from a given cursor", async () => {
    const server = callServer(threePages);
    const calls = await stubClient(server.fetch)
      .paginate("/v3/calls", { params: { query: { cursor: "c1", limit: 2 } } })
      .toArray();
    expect(calls).toHaveLength(3);
    expect(server.urls.map((url) => url.searchParams.get("cursor"))).toEqual(["c1", "c2"]);
  });

  it("stops at maxItems without fetching the remaining pages", async () => {
    const server = callServer(threePages);
    const calls = await stubClient(server.fetch)
      .paginate("/v3/calls", { params: { query: { limit: 2 } }, maxItems: 3 })
      .toArray();
    expect(calls).toHaveLength(3);
    expect(server.urls).toHaveLength(2);
  });

  it("stops when the server hands back the cursor it was just given", async () => {
    const server = callServer({
      "": { items: [call(1), call(2)], next_cursor: "c1" },
      c1: { items: [call(3), call(4)], next_cursor: "c1" },
    });
    const calls = await stubClient(server.fetch)
      .paginate("/v3/calls", { params: { query: { limit: 2 } } })
      .toArray();
    expect(calls).toHaveLength(4);
    expect(server.urls.map((url) => url.searchParams.get("cursor"))).toEqual([null, "c1"]);
  });

  it("stops when a cursor leads back to a page already read", async () => {
    const server = callServer({
      "": { items: [call(1), call(2)], next_cursor: "c1" },
      c1: { items: [call(3), call(4)], next_cursor: "c2" },
      c2: { items: [call(5)], next_cursor: "c1" },
    });
    const calls = await stubClient(server.fetch)
      .paginate("/v3/calls", { params: { query: { limit: 2 } } })
      .toArray();
    expect(calls).toHaveLength(5);
    expect(server.urls.map((url) => url.searchParams.get("cursor"))).toEqual([null, "c1", "c2"]);
  });

  it("stops on an empty page even if a cursor came with it", async () => {
    const server = callServer({
      "": { items: [call(1)], next_cursor: "c1" },
      c1: { items: [], next_cursor: "c2" },
    });
    const calls = await stubClient(server.fetch).paginate("/v3/calls").toArray();
    expect(calls).toHaveLength(1);
    expect(server.urls).toHaveLength(2);
  });

  it("surfaces a failed page as a typed error", async () => {
    const server = callServer({ "": { items: [call(1)], next_cursor: "gone" } });
    const walk = stubClient(server.fetch).paginate("/v3/calls").toArray();
    await expect(walk).rejects.toMatchObject({
      name: "BadRequestError",
      status: 400,
      body: { error: { code: "VALIDATION_ERROR" } },
    });
  });
});

type ListPath = keyof typeof pagination;

/** The items and next_cursor of the first 200 example of a list operation in the bundled spec. */
function exampleOf(path: ListPath): { items: unknown[]; next_cursor: string | null } {
  const examples = resolvedSpec().paths[path]!.get!.responses!["200"]!.content!["application/json"]!.examples!;
  return Object.values(examples)[0]!.value as { items: unknown[]; next_cursor: string | null };
}

/** Path parameters of the list operations that have them. */
const pathParams: Partial<Record<ListPath, Record<string, string | number>>> = {
  "/v3/knowledges/{knowledge_id}/documents": { knowledge_id: ids.knowledge },
  "/v3/alert-rules/{alert_rule_id}/incidents": { alert_rule_id: ids.alertRule },
};

describe("paginate against the mock", () => {
  const { client, requests } = contractClient();
  const lists = Object.keys(pagination) as ListPath[];

  it("covers the 14 cursor lists of the spec", () => {
    expect(lists).toHaveLength(14);
  });

  it.each(lists)("%s ends and yields the example items", async (path) => {
    const example = exampleOf(path);
    const before = requests.length;
    // One call site for 14 differently typed lists: the per-path types are checked elsewhere.
    const paginate = client.paginate as (url: string, init?: object) => { toArray(): Promise<unknown[]> };
    const params = pathParams[path] ? { path: pathParams[path], query: { limit: 100 } } : { query: { limit: 100 } };

    const items = await paginate(path, { params }).toArray();

    expect(items).toEqual(example.items);
    const sent = requests.slice(before);
    if (example.next_cursor === null) {
      expect(sent).toHaveLength(1);
    } else {
      // The static mock answers the next cursor with the same page again; the paginator sees the repeat and stops.
      expect(sent).toHaveLength(2);
      expect(sent[1]?.url.searchParams.get("cursor")).toBe(example.next_cursor);
    }
    for (const request of sent) expect(request.url.searchParams.get("limit")).toBe("100");
  });

  it("a typed walk over held numbers, filtered by two statuses", async () => {
    const numbers: components["schemas"]["OrganizationTelephoneNumber"][] = [];
    for await (const number of client.paginate("/v3/organization-telephone-numbers", {
      params: { query: { status: ["active", "scheduled"], limit: 50 } },
    })) {
      numbers.push(number);
    }
    expect(numbers.map((n) => n.provider)).toEqual(["vox", "custom"]);
    expect(requests.at(-1)?.url.search).toBe("?status=active&status=scheduled&limit=50");
  });
});
