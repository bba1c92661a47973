// @vitest-environment happy-dom
/**
 * TanStack Query over the vox.ai client through openapi-react-query, in a DOM
 * (happy-dom) with React Testing Library, against an in-process fake of
 * `GET /v3/agents` (cursor pages): a query, an infinite query walked to its last
 * page, and an error answer, as the README's "TanStack Query" section shows them.
 * Written with createElement, so the package's tsconfig and vitest include
 * (`*.test.ts`) need no JSX.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { Client } from "openapi-fetch";
import createQueryClient from "openapi-react-query";
import { createElement as h, type ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createVoxaiClient, type paths } from "../src/index.js";

const AGENTS = ["Front desk", "Billing", "Support", "Sales", "Night line"].map((name, i) => ({
  agent_id: `00000000-0000-4000-8000-00000000000${i}`,
  name,
  type: "single_prompt" as const,
}));

/** The fake vox.ai: cursor pages of AGENTS (the cursor is the next index), a 404 envelope for one agent id. */
function fakeVoxai() {
  const seen: string[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    seen.push(`${request.method} ${url.pathname}${url.search}`);
    if (request.headers.get("authorization") !== "Bearer vox_test_token") return new Response(null, { status: 401 });
    if (url.pathname === "/v3/agents") {
      const start = Number(url.searchParams.get("cursor") ?? 0);
      const limit = Number(url.searchParams.get("limit") ?? 50);
      const end = Math.min(start + limit, AGENTS.length);
      return Response.json({
        items: AGENTS.slice(start, end),
        total_count: AGENTS.length,
        next_cursor: end < AGENTS.length ? String(end) : null,
      });
    }
    const body = { error: { code: "NOT_FOUND", message: "No such agent.", details: null } };
    return Response.json(body, { status: 404 });
  };
  return { fetch, seen };
}

/** The README's set-up: the client and openapi-react-query over it; the fake behind it is new for each test. */
let fake = fakeVoxai();
const vox = createVoxaiClient({ apiKey: "vox_test_token", baseUrl: "https://vox.test", fetch: (r) => fake.fetch(r) });
// openapi-react-query takes an openapi-fetch Client; ours has the same GET, POST, … methods and results,
// but not its middleware methods (use, eject), hence the one cast.
const $api = createQueryClient(vox as unknown as Client<paths>);

/** Renders `node` under a fresh QueryClient (no TanStack retries: the client retries transient failures itself). */
function wrap(node: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(h(QueryClientProvider, { client: queryClient }, node));
}

function Agents() {
  const { data, error, isPending } = $api.useQuery("get", "/v3/agents", { params: { query: { limit: 2 } } });
  if (isPending) return h("p", null, "loading");
  if (error) return h("p", null, `failed: ${error.error.message}`);
  return h(
    "ul",
    null,
    data.items.map((agent) => h("li", { key: agent.agent_id }, agent.name)),
    h("li", null, `${data.total_count} in all`),
  );
}

function AllAgents() {
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = $api.useInfiniteQuery(
    "get",
    "/v3/agents",
    { params: { query: { limit: 2 } } },
    {
      pageParamName: "cursor",
      // null, not undefined: openapi-react-query turns an undefined page param into 0
      initialPageParam: null,
      getNextPageParam: (page) => page.next_cursor ?? undefined,
    },
  );
  const names = data?.pages.flatMap((page) => page.items.map((agent) => agent.name)) ?? [];
  return h(
    "div",
    null,
    h("p", { "data-testid": "names" }, names.join(", ")),
    hasNextPage
      ? h("button", { type: "button", onClick: () => fetchNextPage(), disabled: isFetchingNextPage }, "more")
      : h("p", null, "that is all"),
  );
}

function MissingAgent() {
  const { error } = $api.useQuery("get", "/v3/agents/{agent_id}", {
    params: { path: { agent_id: "00000000-0000-4000-8000-000000000009" } },
  });
  return h("p", null, error ? `${error.error.code}: ${error.error.message}` : "…");
}

beforeEach(() => {
  fake = fakeVoxai();
});
afterEach(cleanup);

describe("TanStack Query through openapi-react-query", () => {
  it("renders a query: the first page of agents", async () => {
    wrap(h(Agents));
    expect(await screen.findByText("5 in all")).toBeTruthy();
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Front desk", "Billing", "5 in all"]);
    expect(fake.seen).toEqual(["GET /v3/agents?limit=2"]);
  });

  it("renders an infinite query and walks the cursor pages to the last one", async () => {
    wrap(h(AllAgents));
    expect((await screen.findByText("Front desk, Billing")).dataset.testid).toBe("names");
    fireEvent.click(screen.getByText("more"));
    await screen.findByText("Front desk, Billing, Support, Sales");
    fireEvent.click(screen.getByText("more"));
    await screen.findByText("that is all");
    expect(screen.getByTestId("names").textContent).toBe("Front desk, Billing, Support, Sales, Night line");
    // The first page goes without a cursor (a null query value is left out), then each next_cursor in turn.
    expect(fake.seen).toEqual([
      "GET /v3/agents?limit=2",
      "GET /v3/agents?limit=2&cursor=2",
      "GET /v3/agents?limit=2&cursor=4",
    ]);
  });

  it("gives an error answer to the query as the vendor's error envelope", async () => {
    wrap(h(MissingAgent));
    expect(await screen.findByText("NOT_FOUND: No such agent.")).toBeTruthy();
    expect(fake.seen).toEqual(["GET /v3/agents/00000000-0000-4000-8000-000000000009"]);
  });
});
