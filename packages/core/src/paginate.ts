/**
 * The paginator. Each list operation declares its style in the spec
 * (`x-pagination`); generation turns that into {@link PaginationMeta}, and this
 * file walks the pages: `for await` over items, `.byPage()` over pages.
 */
import { abortError, SdkError, typeName } from "./errors.js";
import { getPath } from "./path-value.js";

interface MetaBase {
  /** HTTP method of the list operation, lower case. */
  method: string;
  /** Dot path of the item array in the body; `$` for a bare array. */
  items: string;
  /** Query parameter holding the page size, when the operation has one. */
  limit?: string;
  /** The page size the server uses when the request gives none (or its fixed page size, when there is no parameter). */
  defaultLimit?: number;
}
/** `offset`/`limit` (Voxfra) or `skip`/`take` (Quentli), with an optional total. */
export interface OffsetMeta extends MetaBase {
  style: "offset";
  offset: string;
  total?: string;
}
/** Page number and size, ended by `nextPage` (CareCycle) or `totalPages` (Voxys). */
export interface PageMeta extends MetaBase {
  style: "page";
  page: string;
  nextPage?: string;
  totalPages?: string;
}
/**
 * A cursor: either handed back in the body (`nextCursor`, vox.ai), or taken from
 * a field of the first or last item of the page (`nextCursorItem`, such as
 * `"first.id"` for Voxys' message-id cursor).
 */
export interface CursorMeta extends MetaBase {
  style: "cursor";
  cursor: string;
  nextCursor?: string;
  nextCursorItem?: string;
}
export type PaginationMeta = OffsetMeta | PageMeta | CursorMeta;

export interface Page<Item, Body = unknown> {
  /** The items of this page (cut short when `maxItems` is reached). */
  items: Item[];
  /** The whole response body of this page. */
  body: Body;
  /** 1 for the first page of this walk. */
  number: number;
  /** The vendor's request id of this page's response, when it carries one (for support tickets). */
  requestId: string | undefined;
}

export interface PaginateLimits {
  /** Stop after this many items. */
  maxItems?: number | undefined;
  /** Stop after this many pages. */
  maxPages?: number | undefined;
}

interface WalkOptions extends PaginateLimits {
  /** The caller's signal: once it aborts, the walk yields nothing more. */
  signal?: AbortSignal | null;
}

type Query = Record<string, unknown>;
type FetchPage = (query: Query) => Promise<{ data?: unknown; requestId?: string | undefined }>;

/** A lazy walk over a list operation. Nothing is fetched until it is iterated. */
export class Paginator<Item, Body = unknown> implements AsyncIterable<Item> {
  // Declared, not parameter properties, which ES2022 output would also repeat as field definitions.
  declare private readonly meta: PaginationMeta;
  declare private readonly fetchPage: FetchPage;
  declare private readonly query: Query;
  declare private readonly limits: WalkOptions;

  constructor(meta: PaginationMeta, fetchPage: FetchPage, query: Query, limits: WalkOptions = {}) {
    this.meta = meta;
    this.fetchPage = fetchPage;
    this.query = query;
    this.limits = limits;
  }

  /** Iterates page by page. */
  async *byPage(): AsyncGenerator<Page<Item, Body>> {
    const { maxItems = Infinity, maxPages = Infinity, signal } = this.limits;
    let query: Query | undefined = withPageSize(this.meta, this.query);
    let seen = 0;
    const queries = new Set<string>();
    const pages = new Set<string>();
    for (let number = 1; query && number <= maxPages && seen < maxItems; number++) {
      const key = JSON.stringify(query);
      if (queries.has(key)) return; // the server sent us back to a page we already read
      queries.add(key);
      const { data, requestId } = await this.fetchPage(query);
      const body = data as Body;
      if (signal?.aborted) throw abortError(signal);
      const all = itemsOf(body, this.meta);
      if (all.length === 0) return;
      // A page whose items equal any earlier page's: the server is going round in circles.
      // Only a hash of each page is kept, so a long walk holds no copy of the items it passed.
      const fingerprint = hash(JSON.stringify(all));
      if (pages.has(fingerprint)) return;
      pages.add(fingerprint);
      const items = all.slice(0, maxItems - seen) as Item[];
      seen += items.length;
      yield { items, body, number, requestId };
      query = nextQuery(this.meta, query, body, all);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    const { signal } = this.limits;
    for await (const page of this.byPage()) {
      for (const item of page.items) {
        if (signal?.aborted) throw abortError(signal);
        yield item;
      }
    }
  }

  /** Collects every item (mind `maxItems` on large lists). */
  async toArray(): Promise<Item[]> {
    const out: Item[] = [];
    for await (const item of this) out.push(item);
    return out;
  }
}

/**
 * The first page's query with the page size the walk relies on to spot a short last page:
 * the caller's, or else the generated default, sent explicitly so that a server whose own
 * default differs cannot end the walk early.
 */
function withPageSize(meta: PaginationMeta, query: Query): Query {
  if (meta.limit === undefined || meta.defaultLimit === undefined || query[meta.limit] !== undefined)
    return { ...query };
  return { ...query, [meta.limit]: meta.defaultLimit };
}

/** A 53-bit hash of a string (cyrb53): a page's fingerprint without keeping the page. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(h2 >>> 0).toString(36)}${(h1 >>> 0).toString(36)}`;
}

function itemsOf(body: unknown, meta: PaginationMeta): unknown[] {
  const items = getPath(body, meta.items);
  if (!Array.isArray(items)) {
    throw new SdkError(`Expected a list at "${meta.items}" in the response body, got ${typeName(items)}.`);
  }
  return items;
}

function num(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
}

/** A cursor value worth sending back: a non-empty string or a finite number. */
function cursorValue(value: unknown): string | number | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** The next cursor of a cursor-style page: from the body, or from the first or last item. */
function nextCursorOf(meta: CursorMeta, body: unknown, items: readonly unknown[]): string | number | undefined {
  if (meta.nextCursor !== undefined) return cursorValue(getPath(body, meta.nextCursor));
  if (meta.nextCursorItem === undefined) return undefined;
  const [edge, ...field] = meta.nextCursorItem.split(".");
  const item = edge === "first" ? items[0] : items[items.length - 1];
  return cursorValue(getPath(item, field.join(".")));
}

/** The query of the next page, or undefined when this page was the last. */
export function nextQuery(
  meta: PaginationMeta,
  query: Query,
  body: unknown,
  items: readonly unknown[],
): Query | undefined {
  const count = items.length;
  const limit = (meta.limit === undefined ? undefined : num(query[meta.limit])) ?? meta.defaultLimit;
  const short = limit !== undefined && count < limit;
  switch (meta.style) {
    case "offset": {
      const offset = (num(query[meta.offset]) ?? 0) + count;
      const total = meta.total === undefined ? undefined : num(getPath(body, meta.total));
      if (total !== undefined ? offset >= total : short) return undefined;
      return { ...query, [meta.offset]: offset };
    }
    case "page": {
      const current = num(query[meta.page]) ?? 1;
      if (meta.nextPage !== undefined) {
        const next = num(getPath(body, meta.nextPage));
        return next === undefined || next <= current ? undefined : { ...query, [meta.page]: next };
      }
      const totalPages = meta.totalPages === undefined ? undefined : num(getPath(body, meta.totalPages));
      if (totalPages !== undefined ? current >= totalPages : short) return undefined;
      return { ...query, [meta.page]: current + 1 };
    }
    case "cursor": {
      const next = nextCursorOf(meta, body, items);
      if (next === undefined || String(next) === String(query[meta.cursor]) || (short && meta.nextCursor === undefined))
        return undefined;
      return { ...query, [meta.cursor]: next };
    }
  }
}
