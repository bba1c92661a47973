/**
 * The redirect policy against real loopback servers and Node's fetch: same-origin redirects
 * are followed with the method and body the status calls for; a redirect to another origin
 * stops with a RedirectError that names it, and the other origin never sees a request (so
 * never a key), whatever header the vendor puts its key in; loops are bounded.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, type VendorConfig } from "../src/client.js";
import { RedirectError } from "../src/errors.js";
import { MAX_REDIRECTS } from "../src/redirect.js";
import { API_KEY, type LooseClient, loopback, testVendor } from "./helpers.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

let home: Awaited<ReturnType<typeof loopback>>;
let other: Awaited<ReturnType<typeof loopback>>;
const seenHome: Seen[] = [];
const seenOther: Seen[] = [];

function record(into: Seen[], req: IncomingMessage, then: (body: string) => void) {
  let body = "";
  req.setEncoding("utf8");
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    into.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    then(body);
  });
}

/** `/redirect/<status>?to=<url>` answers with that redirect; `/loop` redirects to itself; anything else echoes. */
function homeHandler(req: IncomingMessage, res: ServerResponse) {
  record(seenHome, req, (body) => {
    const url = new URL(req.url!, "http://x");
    const redirect = /^\/redirect\/(\d+)$/.exec(url.pathname);
    if (redirect) {
      res.writeHead(Number(redirect[1]), { location: url.searchParams.get("to") ?? "/final" });
      return res.end();
    }
    if (url.pathname === "/loop") {
      res.writeHead(302, { location: "/loop" });
      return res.end();
    }
    if (url.pathname === "/no-location") {
      res.writeHead(301, { "content-type": "application/json" });
      return res.end(JSON.stringify({ error: "moved, but where?" }));
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ method: req.method, path: url.pathname, body }));
  });
}

beforeAll(async () => {
  home = await loopback(homeHandler);
  other = await loopback((req, res) =>
    record(seenOther, req, () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ stolen: true }));
    }),
  );
});

afterAll(async () => {
  await home.close();
  await other.close();
});

const client = (vendor: VendorConfig = testVendor, apiKey = API_KEY) =>
  createApiClient<any, {}, true>(vendor, {
    apiKey,
    baseUrl: home.url,
    throwOnError: true,
    maxRetries: 2,
    timeout: 5_000,
  }) as unknown as LooseClient;

const to = (status: number, target: string) => ({ params: { path: { status }, query: { to: target } } });

describe("a redirect to the same origin", () => {
  it.each([301, 302, 303, 307, 308])("%i on GET is followed", async (status) => {
    seenHome.length = 0;
    const { data } = await client().GET("/redirect/{status}", to(status, "/final"));
    expect(data).toEqual({ method: "GET", path: "/final", body: "" });
    expect(seenHome.map((s) => s.url)).toEqual([`/redirect/${status}?to=%2Ffinal`, "/final"]);
    expect(seenHome[1]!.headers["x-api-key"]).toBe(API_KEY);
  });

  it.each([
    [307, "POST"],
    [308, "POST"],
    [307, "PUT"],
    [308, "PATCH"],
  ])("%i on %s keeps the method and the body", async (status, method) => {
    const { data } = await (client() as any)[method]("/redirect/{status}", {
      ...to(status, "/final"),
      body: { name: "Ana" },
    });
    expect(data).toEqual({ method, path: "/final", body: '{"name":"Ana"}' });
  });

  it("303 on POST becomes a GET without a body or content headers", async () => {
    seenHome.length = 0;
    const { data } = await client().POST("/redirect/{status}", { ...to(303, "/final"), body: { name: "Ana" } });
    expect(data).toEqual({ method: "GET", path: "/final", body: "" });
    expect(seenHome[1]!.headers["content-length"]).toBeUndefined();
    expect(seenHome[1]!.headers["content-type"]).toBeUndefined();
    expect(seenHome[1]!.headers["x-api-key"]).toBe(API_KEY);
  });

  it.each([301, 302])("%i on POST becomes a GET, as browsers do", async (status) => {
    const { data } = await client().POST("/redirect/{status}", { ...to(status, "/final"), body: { name: "Ana" } });
    expect(data).toEqual({ method: "GET", path: "/final", body: "" });
  });

  it("a redirect loop stops after a bounded number of hops, with a RedirectError, and is not retried", async () => {
    seenHome.length = 0;
    const error = await client()
      .GET("/loop")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toContain(`more than ${MAX_REDIRECTS} times`);
    expect(seenHome).toHaveLength(MAX_REDIRECTS + 1);
  });

  it("a 3xx without a Location is the answer itself (an ApiError in throwing mode)", async () => {
    const error = await client()
      .GET("/no-location")
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 301, body: { error: "moved, but where?" } });
  });

  it("the final answer's url is the one redirected to, and it says it was redirected", async () => {
    const { response } = await client().GET("/redirect/{status}", to(302, "/final"));
    expect(response.url).toBe(`${home.url}/final`);
    expect(response.redirected).toBe(true);
  });
});

// Each vendor's key header: Voxfra's X-API-Key, CareCycle's x-api-key, Voxys' api_access_token,
// and Bearer tokens (Quentli, vox.ai), which Node's fetch would have stripped by itself.
const vendors: [string, VendorConfig, string][] = [
  ["X-API-Key", testVendor, API_KEY],
  ["x-api-key", { ...testVendor, header: "x-api-key", prefix: "cc_" }, "cc_secret_key"],
  ["api_access_token", { ...testVendor, header: "api_access_token", prefix: undefined }, "voxys-secret-token"],
  [
    "Authorization: Bearer",
    { ...testVendor, header: "Authorization", scheme: "Bearer", prefix: "sk_" },
    "sk_secret_key",
  ],
];

describe("a redirect to another origin", () => {
  it.each(
    vendors.flatMap(([name, vendor, key]) =>
      [301, 302, 303, 307, 308].map((status) => [name, status, vendor, key] as const),
    ),
  )(
    "%s, %i: stops with a RedirectError naming the origin; the other origin sees nothing",
    async (_name, status, vendor, key) => {
      seenOther.length = 0;
      for (const method of ["GET", "POST"] as const) {
        const error = await (client(vendor, key) as any)
          [method]("/redirect/{status}", {
            ...to(status, `${other.url}/steal`),
            body: method === "POST" ? {} : undefined,
          })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RedirectError);
        expect((error as RedirectError).location).toBe(other.url);
        expect((error as Error).message).toContain(other.url);
        expect((error as Error).message).not.toContain(key);
      }
      expect(seenOther).toEqual([]);
    },
  );

  it("a Location with a user name and password, even on this origin, stops with a RedirectError that does not repeat them", async () => {
    const port = new URL(home.url).port;
    const error = await client()
      .GET("/redirect/{status}", to(302, `http://user:pass@127.0.0.1:${port}/final`))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toMatch(/user name or password/);
    expect((error as Error).message).not.toContain("pass@");
  });

  it("a Location that is not http(s) stops with a RedirectError", async () => {
    const error = await client()
      .GET("/redirect/{status}", to(302, "javascript:alert(1)"))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toMatch(/not http\(s\)/);
  });

  it("a custom fetch that follows redirects by itself: a RedirectError, and its answer is not returned as data", async () => {
    seenOther.length = 0;
    const following = (request: Request) => fetch(request.url, { method: request.method, headers: request.headers }); // drops redirect: "manual"
    const c = createApiClient<any, {}, true>(testVendor, {
      apiKey: API_KEY,
      baseUrl: home.url,
      throwOnError: true,
      fetch: following,
    }) as unknown as LooseClient;
    const error = await c.GET("/redirect/{status}", to(302, `${other.url}/steal`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toMatch(/must keep the request's `redirect: "manual"`/);
    seenOther.length = 0; // that fetch did reach the other origin by itself: the client can only refuse its answer
  });

  it("the same host on another port, or https instead of http, is another origin", async () => {
    const port = new URL(home.url).port;
    for (const target of [`http://localhost:${port}/final`, `https://127.0.0.1:${port}/final`, `${other.url}/x`]) {
      const error = await client()
        .GET("/redirect/{status}", to(307, target))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedirectError);
    }
    expect(seenOther).toEqual([]);
  });
});
