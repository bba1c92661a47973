// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Pagination: every style the vendors use, driven by the metadata generated from
 * `x-pagination`, against in-process servers — including servers that misbehave
 * (a repeated cursor, a cursor cycle, the same page forever), where the walk must end.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { createApiClient } from "../src/client.js";
import { AbortError, NotFoundError, SdkError } from "../src/errors.js";
import type { PaginationMeta } from "../src/paginate.js";
import { API_KEY, BASE_URL, json, type LooseClient, rejection, stubFetch, testVendor } from "./helpers.js";

interface Item {
  id: number;
}
const items = (n: number): Item[] => Array.from({ length: n }, (_, i) => ({ id: i + 1 }));
const ids = (list: Item[]) => list.map((item) => item.id);

type Server = (query: URLSearchParams, request: Request) => Response | Promise<Response>;

/** The metadata each vendor's spec declares, and a server that answers in that vendor's shape. */
const styles: Record<string, { meta: PaginationMeta; pageSize: string; server: (all: Item[]) => Server }> = {
  "Voxfra offset/limit with total": {
    meta: { method: "get", style: "offset", items: "data", offset: "offset", limit: "limit", total: "pagination.total" },
    pageSize: "limit",
    server: (all) => (q) => {
      const limit = Number(q.get("limit") ?? 50);
      const offset = Number(q.get("offset") ?? 0);
      return json(200, { data: all.slice(offset, offset + limit), pagination: { limit, offset, total: all.length } });
    },
  },
  "Quentli skip/take over a bare array": {
    meta: { method: "get", style: "offset", items: "$", offset: "skip", limit: "take" },
    pageSize: "take",
    server: (all) => (q) => {
      const take = Number(q.get("take") ?? 100);
      const skip = Number(q.get("skip") ?? 0);
      return json(200, all.slice(skip, skip + take));
    },
  },
  "CareCycle page/limit with nextPage": {
    meta: { method: "get", style: "page", items: "items", page: "page", limit: "limit", nextPage: "nextPage" },
    pageSize: "limit",
    server: (all) => (q) => {
      const limit = Number(q.get("limit") ?? 20);
      const page = Number(q.get("page") ?? 1);
      const more = page * limit < all.length;
      return json(200, {
        itemsTotal: all.length,
        currentPage: page,
        nextPage: more ? page + 1 : null,
        prevPage: page > 1 ? page - 1 : null,
        items: all.slice((page - 1) * limit, page * limit),
      });
    },
  },
  "vox.ai cursor with next_cursor": {
    meta: { method: "get", style: "cursor", items: "items", cursor: "cursor", limit: "limit", nextCursor: "next_cursor" },
    pageSize: "limit",
    server: (all) => (q) => {
      const limit = Number(q.get("limit") ?? 25);
      const cursor = q.get("cursor");
      const offset = cursor === null ? 0 : Number(atob(cursor).slice("after:".length));
      const end = offset + limit;
      return json(200, { items: all.slice(offset, end), total_count: all.length, next_cursor: end < all.length ? btoa(`after:${end}`) : null });
    },
  },
  "Voxys page/per_page with total_pages": {
    meta: { method: "get", style: "page", items: "data", page: "page", limit: "per_page", totalPages: "meta.total_pages" },
    pageSize: "per_page",
    server: (all) => (q) => {
      const perPage = Number(q.get("per_page") ?? 15);
      const page = Number(q.get("page") ?? 1);
      return json(200, {
        data: all.slice((page - 1) * perPage, page * perPage),
        meta: { current_page: page, total_pages: Math.ceil(all.length / perPage), total_count: all.length },
      });
    },
  },
};

const LIST = "/v1/things";

/** A client whose one list operation paginates by `meta`, answered by `server`; stops a runaway walk. */
function listClient(meta: PaginationMeta, server: Server, maxRequests = 50) {
  const stub = stubFetch((request, attempt) => {
    if (attempt > maxRequests) throw new Error(`runaway walk: ${attempt} requests`);
    return server(new URL(request.url).searchParams, request);
  });
  const client = createApiClient<any, Record<string, PaginationMeta>>({ ...testVendor, pagination: { [LIST]: meta, "/v1/accounts/{account}/things": meta } }, {
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    fetch: stub.fetch,
    maxRetries: 0,
  }) as unknown as LooseClient;
  const queries = () => stub.sent.map((s) => Object.fromEntries(new URL(s.url).searchParams));
  return { client, stub, queries };
}

describe.each(Object.entries(styles))("%s", (_name, { meta, pageSize, server }) => {
  const filters = { status: "active", q: "smith" };

  it("an empty list: one request, no items", async () => {
    const { client, stub } = listClient(meta, server([]));
    expect(await client.paginate(LIST, { params: { query: { [pageSize]: 10 } } }).toArray()).toEqual([]);
    expect(stub.sent).toHaveLength(1);
  });

  it("one page", async () => {
    const { client, stub } = listClient(meta, server(items(3)));
    expect(ids(await client.paginate(LIST, { params: { query: { [pageSize]: 10 } } }).toArray())).toEqual([1, 2, 3]);
    expect(stub.sent).toHaveLength(1);
  });

  it("many pages, with the caller's filters and page size on every request", async () => {
    const { client, queries } = listClient(meta, server(items(25)));
    const seen: Item[] = [];
    for await (const item of client.paginate(LIST, { params: { query: { ...filters, [pageSize]: 10 } } })) seen.push(item);
    expect(ids(seen)).toEqual(ids(items(25)));
    expect(queries()).toHaveLength(3);
    for (const query of queries()) expect(query).toMatchObject({ ...filters, [pageSize]: "10" });
  });

  it("the server's default page size, when the caller sets none", async () => {
    const { client } = listClient(meta, server(items(130)));
    expect(ids(await client.paginate(LIST).toArray())).toEqual(ids(items(130)));
  });

  it("byPage() gives each page with its items, body and number", async () => {
    const { client } = listClient(meta, server(items(25)));
    const pages = [];
    for await (const page of client.paginate(LIST, { params: { query: { [pageSize]: 10 } } }).byPage()) pages.push(page);
    expect(pages.map((p) => [p.number, p.items.length])).toEqual([
      [1, 10],
      [2, 10],
      [3, 5],
    ]);
    expect(pages[2].body).toBeTypeOf("object");
  });

  it("maxItems stops early, and cuts the last page", async () => {
    const { client, stub } = listClient(meta, server(items(25)));
    expect(ids(await client.paginate(LIST, { params: { query: { [pageSize]: 10 } }, maxItems: 15 }).toArray())).toEqual(ids(items(15)));
    expect(stub.sent).toHaveLength(2);
    const exact = listClient(meta, server(items(25)));
    expect(await exact.client.paginate(LIST, { params: { query: { [pageSize]: 10 } }, maxItems: 10 }).toArray()).toHaveLength(10);
    expect(exact.stub.sent).toHaveLength(1);
  });

  it("maxPages stops early", async () => {
    const { client, stub } = listClient(meta, server(items(25)));
    expect(await client.paginate(LIST, { params: { query: { [pageSize]: 10 } }, maxPages: 2 }).toArray()).toHaveLength(20);
    expect(stub.sent).toHaveLength(2);
  });

  it("a server that repeats the same page forever: the walk ends", async () => {
    const full = server(items(1000));
    let served = 0;
    const forever: Server = async (q, request) => {
      const first = await full(new URLSearchParams({ [pageSize]: q.get(pageSize) ?? "10" }), request); // always page one
      if (meta.style !== "cursor") return first;
      return json(200, { ...(await first.json()), next_cursor: `fresh-cursor-${++served}` }); // a new cursor each time
    };
    const { client, stub } = listClient(meta, forever);
    expect(ids(await client.paginate(LIST, { params: { query: { [pageSize]: 10 } } }).toArray())).toEqual(ids(items(10)));
    expect(stub.sent).toHaveLength(2);
  });

  it("passes path parameters and headers through on every page", async () => {
    const { client, stub } = listClient(meta, server(items(25)));
    await client.paginate("/v1/accounts/{account}/things", { params: { path: { account: "acc_9" }, query: { [pageSize]: 10 } }, headers: { "x-trace": "t1" } }).toArray();
    expect(stub.sent).toHaveLength(3);
    for (const sent of stub.sent) {
      expect(new URL(sent.url).pathname).toBe("/v1/accounts/acc_9/things");
      expect(sent.headers.get("x-trace")).toBe("t1");
    }
  });
});

describe("misbehaving servers", () => {
  const cursorMeta = styles["vox.ai cursor with next_cursor"]!.meta;

  it("a cursor the server hands back unchanged ends the walk", async () => {
    const { client, stub } = listClient(cursorMeta, (_q, _request) => json(200, { items: [{ id: stub.sent.length }], next_cursor: "A" }));
    expect(ids(await client.paginate(LIST).toArray())).toEqual([1, 2]);
    expect(stub.sent).toHaveLength(2);
  });

  it("a cursor cycle A → B → A ends the walk", async () => {
    const next: Record<string, string> = { "": "A", A: "B", B: "A" };
    const { client, queries } = listClient(cursorMeta, (q) => json(200, { items: [{ id: queries().length }], next_cursor: next[q.get("cursor") ?? ""] }));
    expect(ids(await client.paginate(LIST, { params: { query: { limit: 1 } } }).toArray())).toEqual([1, 2, 3]);
    expect(queries().map((q) => q.cursor)).toEqual([undefined, "A", "B"]);
  });

  it("a nextPage that does not move forward ends the walk", async () => {
    const { client, stub } = listClient(styles["CareCycle page/limit with nextPage"]!.meta, (q) => {
      const page = Number(q.get("page") ?? 1);
      return json(200, { items: [{ id: page }], currentPage: page, nextPage: page === 2 ? 1 : page + 1 });
    });
    expect(ids(await client.paginate(LIST).toArray())).toEqual([1, 2]);
    expect(stub.sent).toHaveLength(2);
  });

  it("an offset server with a total that never arrives ends on a repeated page", async () => {
    const { client, stub } = listClient(styles["Voxfra offset/limit with total"]!.meta, () => json(200, { data: items(5), pagination: { total: 1e9 } }));
    expect(await client.paginate(LIST, { params: { query: { limit: 5 } } }).toArray()).toHaveLength(5);
    expect(stub.sent).toHaveLength(2);
  });

  it("a list that is not at the declared path fails with a clear SdkError", async () => {
    const { client } = listClient(styles["Voxfra offset/limit with total"]!.meta, () => json(200, { results: [] }));
    const error = await rejection(client.paginate(LIST).toArray());
    expect(error).toBeInstanceOf(SdkError);
    expect((error as Error).message).toContain('Expected a list at "data"');
  });

  it("an HTTP error on a later page throws the typed error, even on a client that does not throw", async () => {
    const { client } = listClient(styles["Voxfra offset/limit with total"]!.meta, (q) =>
      q.get("offset") ? json(404, { error: "gone" }) : json(200, { data: items(2), pagination: { total: 4 } }),
    );
    const seen: Item[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of client.paginate(LIST)) seen.push(item);
      })(),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(ids(seen)).toEqual([1, 2]);
  });
});

describe("fixed page sizes and item cursors (Voxys' Chatwoot-derived lists)", () => {
  /** Voxys contacts: `page` only, 15 per page, items under `payload`. */
  const fixedPage: PaginationMeta = { method: "get", style: "page", items: "payload", page: "page", defaultLimit: 15 };
  const contacts = (all: Item[]) => (q: URLSearchParams) => {
    const page = Number(q.get("page") ?? 1);
    return json(200, { meta: { count: all.length, current_page: page }, payload: all.slice((page - 1) * 15, page * 15) });
  };

  it("a fixed page size ends the walk on the short last page, without an extra request", async () => {
    const { client, queries } = listClient(fixedPage, contacts(items(40)));
    expect(ids(await client.paginate(LIST).toArray())).toEqual(ids(items(40)));
    expect(queries()).toEqual([{}, { page: "2" }, { page: "3" }]);
  });

  it("a fixed page size on an exact multiple ends on the empty page", async () => {
    const { client, queries } = listClient(fixedPage, contacts(items(30)));
    expect(await client.paginate(LIST).toArray()).toHaveLength(30);
    expect(queries()).toHaveLength(3);
  });

  /** Voxys messages: up to 20 older messages before an id, oldest first; the next cursor is the first item's id. */
  const messageCursor: PaginationMeta = { method: "get", style: "cursor", items: "payload", cursor: "before", nextCursorItem: "first.id", defaultLimit: 20 };
  const messages = (all: Item[]) => (q: URLSearchParams) => {
    const before = q.get("before");
    const older = before === null ? all : all.filter((m) => m.id < Number(before));
    return json(200, { meta: {}, payload: older.slice(-20) });
  };

  it("an id cursor taken from the first item walks back through history", async () => {
    const { client, queries } = listClient(messageCursor, messages(items(45)));
    const pages = [];
    for await (const page of client.paginate(LIST).byPage()) pages.push(ids(page.items));
    expect(pages).toEqual([ids(items(45)).slice(25), ids(items(45)).slice(5, 25), ids(items(45)).slice(0, 5)]);
    expect(queries()).toEqual([{}, { before: "26" }, { before: "6" }]);
  });

  it("an id cursor from the last item, and a numeric cursor the server repeats, end the walk", async () => {
    const meta: PaginationMeta = { method: "get", style: "cursor", items: "payload", cursor: "after", nextCursorItem: "last.id" };
    const { client, queries } = listClient(meta, () => json(200, { payload: [{ id: 7 }] }));
    expect(ids(await client.paginate(LIST).toArray())).toEqual([7]);
    expect(queries()).toEqual([{}, { after: "7" }]); // the server answers the same page again: the walk ends
  });

  it("an item cursor field that is missing ends the walk", async () => {
    const { client, stub } = listClient({ ...messageCursor, defaultLimit: undefined }, () => json(200, { payload: [{ name: "no id" }] }));
    expect(await client.paginate(LIST).toArray()).toHaveLength(1);
    expect(stub.sent).toHaveLength(1);
  });
});

describe("the paginator", () => {
  const meta = styles["Voxfra offset/limit with total"]!.meta;

  it("is lazy: nothing is sent until it is iterated", async () => {
    const { client, stub } = listClient(meta, styles["Voxfra offset/limit with total"]!.server(items(3)));
    const walk = client.paginate(LIST);
    expect(stub.sent).toHaveLength(0);
    await walk.toArray();
    expect(stub.sent).toHaveLength(1);
  });

  it("starts at the caller's offset", async () => {
    const { client, queries } = listClient(meta, styles["Voxfra offset/limit with total"]!.server(items(25)));
    expect(ids(await client.paginate(LIST, { params: { query: { offset: 20, limit: 10 } } }).toArray())).toEqual([21, 22, 23, 24, 25]);
    expect(queries()).toEqual([{ offset: "20", limit: "10" }]);
  });

  it("passes per-call options through (maxRetries)", async () => {
    const stub = stubFetch((_request, attempt) => (attempt === 1 ? json(503, {}, { "retry-after-ms": "0" }) : json(200, { data: [], pagination: { total: 0 } })));
    const client = createApiClient<any, { [LIST]: PaginationMeta }>({ ...testVendor, pagination: { [LIST]: meta } }, { apiKey: API_KEY, baseUrl: BASE_URL, fetch: stub.fetch });
    const error = await rejection((client.paginate as LooseClient["paginate"])(LIST, { maxRetries: 0 }).toArray());
    expect((error as { status?: number }).status).toBe(503);
    expect(stub.sent).toHaveLength(1);
  });

  it("sends the spec's default page size when the caller sets none, and uses it to see the short last page", async () => {
    const quentli = styles["Quentli skip/take over a bare array"]!;
    const { client, queries } = listClient({ ...quentli.meta, defaultLimit: 100 }, quentli.server(items(130)));
    expect(await client.paginate(LIST).toArray()).toHaveLength(130);
    expect(queries()).toEqual([{ take: "100" }, { skip: "100", take: "100" }]); // no third request for an empty page
  });

  it("refuses a path that is not a declared list operation", () => {
    const { client } = listClient(meta, () => json(200, []));
    expect(() => client.paginate("/v1/other")).toThrow(SdkError);
  });
});

describe("types", () => {
  interface Call {
    id: string;
    duration: number;
  }
  interface Paths {
    "/v1/calls": {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      get: {
        parameters: { query?: { client_id?: string; limit?: number; offset?: number }; header?: never; path?: never; cookie?: never };
        requestBody?: never;
        responses: {
          200: {
            headers: { [name: string]: unknown };
            content: { "application/json": { data: Call[]; pagination: { limit: number; offset: number; total: number } } };
          };
        };
      };
    };
  }
  const pagination = { "/v1/calls": { method: "get", style: "offset", items: "data", offset: "offset", limit: "limit", total: "pagination.total" } } as const;

  it("items and pages are typed from the spec", async () => {
    const stub = stubFetch(() => json(200, { data: [{ id: "c1", duration: 3 }], pagination: { limit: 10, offset: 0, total: 1 } }));
    const client = createApiClient<Paths, typeof pagination>({ ...testVendor, pagination }, { apiKey: API_KEY, baseUrl: BASE_URL, fetch: stub.fetch });
    const walk = client.paginate("/v1/calls", { params: { query: { client_id: "abc", limit: 10 } }, maxItems: 5 });
    for await (const call of walk) expectTypeOf(call).toEqualTypeOf<Call>();
    for await (const page of walk.byPage()) {
      expectTypeOf(page.items).toEqualTypeOf<Call[]>();
      expectTypeOf(page.body.pagination.total).toEqualTypeOf<number>();
    }
    const all = await walk.toArray();
    expect(all).toEqual([{ id: "c1", duration: 3 }]);
    // @ts-expect-error an unknown query parameter does not compile
    client.paginate("/v1/calls", { params: { query: { colour: "red" } } });
  });

  it("items under optional fields (a nested, optional list) are typed too", async () => {
    interface Nested {
      "/v1/nested": {
        parameters: { query?: never; header?: never; path?: never; cookie?: never };
        get: {
          parameters: { query?: { page?: number }; header?: never; path?: never; cookie?: never };
          requestBody?: never;
          responses: { 200: { headers: { [name: string]: unknown }; content: { "application/json": { data?: { payload?: Call[] } } } } };
        };
      };
    }
    const nested = { "/v1/nested": { method: "get", style: "page", items: "data.payload", page: "page" } } as const;
    const stub = stubFetch(() => json(200, { data: { payload: [{ id: "c1", duration: 3 }] } }));
    const client = createApiClient<Nested, typeof nested>({ ...testVendor, pagination: nested }, { apiKey: API_KEY, baseUrl: BASE_URL, fetch: stub.fetch });
    for await (const call of client.paginate("/v1/nested", { maxPages: 1 })) expectTypeOf(call).toEqualTypeOf<Call>();
  });
});

describe("the paginator against a hostile server", () => {
  const LIST = "/v1/list";
  const meta: PaginationMeta = { method: "get", style: "offset", items: "data", offset: "offset", limit: "limit", total: "pagination.total" };

  it("stops when a page repeats any earlier page, not only the one before (A, B, A, B …)", async () => {
    const pageA = { data: [{ id: 1 }, { id: 2 }], pagination: { total: 1_000_000 } };
    const pageB = { data: [{ id: 3 }, { id: 4 }], pagination: { total: 1_000_000 } };
    const stub = stubFetch((_request, attempt) => json(200, attempt % 2 === 1 ? pageA : pageB));
    const client = createApiClient<any, { [LIST]: PaginationMeta }>({ ...testVendor, pagination: { [LIST]: meta } }, { apiKey: API_KEY, baseUrl: BASE_URL, fetch: stub.fetch });
    const items = await (client.paginate as LooseClient["paginate"])(LIST, { params: { query: { limit: 2 } } }).toArray();
    expect(items.map((i: { id: number }) => i.id)).toEqual([1, 2, 3, 4]);
    expect(stub.sent).toHaveLength(3);
  });

  it("yields nothing more once the caller's signal aborts, even from the page in hand", async () => {
    const stub = stubFetch(() => json(200, { data: [{ id: 1 }, { id: 2 }, { id: 3 }], pagination: { total: 3 } }));
    const client = createApiClient<any, { [LIST]: PaginationMeta }>({ ...testVendor, pagination: { [LIST]: meta } }, { apiKey: API_KEY, baseUrl: BASE_URL, fetch: stub.fetch });
    const controller = new AbortController();
    const seen: number[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of (client.paginate as LooseClient["paginate"])(LIST, { signal: controller.signal })) {
          seen.push(item.id);
          controller.abort();
        }
      })(),
    );
    expect(seen).toEqual([1]);
    expect(error).toBeInstanceOf(AbortError);
  });

  it("an error on a later page names the method in upper case", async () => {
    const stub = stubFetch((_request, attempt) => (attempt === 1 ? json(200, { data: [{ id: 1 }], pagination: { total: 5 } }) : json(404, { error: "gone" })));
    const client = createApiClient<any, { [LIST]: PaginationMeta }>({ ...testVendor, pagination: { [LIST]: meta } }, { apiKey: API_KEY, baseUrl: BASE_URL, fetch: stub.fetch });
    const error = await rejection((client.paginate as LooseClient["paginate"])(LIST).toArray());
    expect((error as Error).message).toMatch(/^GET https:\/\/api\.test\.example\/v1\/list failed with status 404/);
  });
});
