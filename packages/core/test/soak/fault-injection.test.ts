/**
 * Fault injection against a real loopback HTTP server: 2,000 logical requests, 50 at a
 * time, while the server resets connections, answers 500/503, rate-limits with small and
 * huge `Retry-After`s, stalls past the timeout (before the headers, or after them in the
 * body), drips the body, cuts it with a reset, answers 200 with a body that is not JSON, and
 * redirects to its own origin or to another, on a fixed (seeded) schedule.
 *
 * Every call must end in data or a typed error, nothing may reject unhandled, the server
 * must see exactly the attempts the retry policy allows, and every wait must follow
 * `Retry-After`, the `maxRetryAfter` cap or the backoff.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiClient } from "../../src/client.js";
import {
  ConnectionError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  RedirectError,
  ResponseParseError,
  SdkError,
  TimeoutError,
} from "../../src/errors.js";
import type { RetryEvent } from "../../src/hooks.js";
import { API_KEY, type LooseClient, testVendor } from "../helpers.js";

const REQUESTS = 2_000;
const CONCURRENCY = 50;
// The client's per-attempt timeout. A healthy loopback answer takes about a millisecond, but the
// server and the client share one event loop: on a busy machine a stall of a few hundred
// milliseconds would turn an on-time answer into a timeout and break the exact attempt counts.
const TIMEOUT_MS = 2_500;
const SLOW_MS = 10_000; // a "slow" answer: far past the timeout (the client gives up first)
const WARM_UP = 100; // requests on warm connections before the run, so that connection setup is not timed
const MAX_RETRY_AFTER_MS = 20; // the cap on a server's Retry-After
const MAX_RETRIES = 2;
const TIMER_SLACK_MS = 5;

/** What the server does with one attempt. */
type Action =
  | "ok"
  | "reset"
  | "500"
  | "503"
  | "503-ra0"
  | "429-ra0"
  | "429-ra-ms"
  | "429-ra-huge"
  | "429-ra-date"
  | "slow"
  | "404"
  | "stall-body"
  | "drip"
  | "cut-body"
  | "bad-json"
  | "redirect-same"
  | "redirect-cross";

interface Plan {
  method: "GET" | "POST" | "POST+key";
  /** Actions for attempts 1, 2, …; attempts past the end get "ok". */
  actions: Action[];
}

/** A small seeded PRNG (mulberry32), so the schedule is the same on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCENARIOS: [weight: number, actions: Action[]][] = [
  [50, ["ok"]],
  [8, ["reset", "ok"]],
  [4, ["500", "ok"]],
  [4, ["503", "ok"]],
  [6, ["429-ra0", "ok"]],
  [4, ["503-ra0", "429-ra-ms", "ok"]],
  [4, ["429-ra-huge", "ok"]],
  [2, ["429-ra-date", "ok"]],
  [3, ["slow", "ok"]],
  [3, ["404"]],
  [2, ["503", "reset", "ok"]],
  [1, ["reset", "slow", "500"]], // retries exhausted: InternalServerError
  [2, ["429-ra-huge", "429-ra0", "429-ra-huge"]], // retries exhausted: RateLimitError
  [1, ["slow", "slow", "slow"]], // retries exhausted: TimeoutError
  [2, ["reset", "reset", "reset"]], // retries exhausted: ConnectionError
  [2, ["stall-body", "ok"]],
  [1, ["drip", "ok"]],
  [3, ["cut-body", "ok"]],
  [1, ["cut-body", "stall-body", "cut-body"]], // retries exhausted: ConnectionError
  [2, ["bad-json"]], // a 2xx that does not parse: ResponseParseError, never retried
  [3, ["redirect-same"]], // followed on the same origin: data
  [1, ["503", "redirect-same"]],
  [2, ["redirect-cross"]], // another origin: RedirectError, never retried, nothing sent there
];

function schedule(): Plan[] {
  const random = prng(20260101);
  const total = SCENARIOS.reduce((sum, [weight]) => sum + weight, 0);
  return Array.from({ length: REQUESTS }, () => {
    let pick = random() * total;
    const actions = SCENARIOS.find(([weight]) => (pick -= weight) < 0)?.[1] ?? ["ok"];
    const m = random();
    return { method: m < 0.8 ? "GET" : m < 0.9 ? "POST" : "POST+key", actions };
  });
}

/** What the policy says should happen: how many attempts, the waits between them, and the outcome. */
function expected(plan: Plan) {
  const maxRetries = plan.method === "POST" ? 0 : MAX_RETRIES;
  const waits: { min: number; max: number }[] = [];
  for (let attempt = 1; ; attempt++) {
    const action = plan.actions[attempt - 1] ?? "ok";
    const outcome = OUTCOME[action];
    if (TERMINAL.has(action) || attempt > maxRetries) return { attempts: attempt, outcome, waits };
    const backoff = 500 * 2 ** (attempt - 1);
    const wait = SERVER_WAIT[action] ?? { min: backoff * 0.75, max: backoff };
    waits.push(wait);
  }
}

/** Answers that end the call whatever the retry budget. */
const TERMINAL = new Set<Action>(["ok", "404", "bad-json", "redirect-same", "redirect-cross"]);

const OUTCOME: Record<Action, "data" | (new (...args: any[]) => Error)> = {
  ok: "data",
  "redirect-same": "data",
  "stall-body": TimeoutError,
  drip: TimeoutError,
  "cut-body": ConnectionError,
  "bad-json": ResponseParseError,
  "redirect-cross": RedirectError,
  "404": NotFoundError,
  reset: ConnectionError,
  slow: TimeoutError,
  "500": InternalServerError,
  "503": InternalServerError,
  "503-ra0": InternalServerError,
  "429-ra0": RateLimitError,
  "429-ra-ms": RateLimitError,
  "429-ra-huge": RateLimitError,
  "429-ra-date": RateLimitError,
};

/** The waits the server asks for (after the cap); the other faults use the backoff. */
const SERVER_WAIT: Partial<Record<Action, { min: number; max: number }>> = {
  "503-ra0": { min: 0, max: 0 },
  "429-ra0": { min: 0, max: 0 },
  "429-ra-ms": { min: 5, max: 5 },
  "429-ra-huge": { min: MAX_RETRY_AFTER_MS, max: MAX_RETRY_AFTER_MS },
  "429-ra-date": { min: MAX_RETRY_AFTER_MS, max: MAX_RETRY_AFTER_MS },
};

const plans = schedule();
const seen = new Map<string, number[]>(); // test id → arrival time of each attempt
let server: Server;
let baseUrl: string;
let elsewhere: Server; // another origin, where nothing may arrive
let elsewhereUrl: string;
let arrivedElsewhere = 0;
const timers = new Set<ReturnType<typeof setInterval>>();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function handle(req: IncomingMessage, res: ServerResponse) {
  const id = String(req.headers["x-test-id"]);
  if (req.url?.endsWith("?hop=1")) {
    // The second leg of a same-origin redirect: part of the attempt that was redirected.
    req.resume();
    return answer(res, 200, { id, attempt: seen.get(id)?.length ?? 0 });
  }
  const arrivals = seen.get(id) ?? [];
  arrivals.push(performance.now());
  seen.set(id, arrivals);
  const attempt = arrivals.length;
  const plan = id.startsWith("warm-") ? undefined : plans[Number(id)];
  const action: Action = plan?.actions[attempt - 1] ?? "ok";
  req.resume(); // drain any body
  switch (action) {
    case "ok":
      return answer(res, 200, { id, attempt });
    case "reset":
      return req.socket.destroy();
    case "500":
    case "503":
      return answer(res, Number(action), { error: "server error" });
    case "503-ra0":
      return answer(res, 503, { error: "unavailable" }, { "retry-after": "0" });
    case "429-ra0":
      return answer(res, 429, { error: "slow down" }, { "retry-after": "0" });
    case "429-ra-ms":
      return answer(res, 429, { error: "slow down" }, { "retry-after-ms": "5" });
    case "429-ra-huge":
      return answer(res, 429, { error: "slow down" }, { "retry-after": "3600" });
    case "429-ra-date":
      return answer(
        res,
        429,
        { error: "slow down" },
        { "retry-after": new Date(Date.now() + 3_600_000).toUTCString() },
      );
    case "404":
      return answer(res, 404, { error: "not found" });
    case "stall-body":
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"id": "');
      return;
    case "drip": {
      res.writeHead(200, { "content-type": "application/json" });
      const body = JSON.stringify({ id, attempt, padding: "x".repeat(100) });
      let i = 0;
      const timer = setInterval(
        () => (res.destroyed || i >= body.length ? clearInterval(timer) : res.write(body[i++]!)),
        200,
      );
      timers.add(timer);
      res.on("close", () => clearInterval(timer));
      return;
    }
    case "cut-body":
      res.writeHead(200, { "content-type": "application/json", "content-length": "500" });
      res.write('{"id": "');
      setTimeout(() => req.socket.destroy(), 2);
      return;
    case "bad-json":
      res.writeHead(200, { "content-type": "text/html" });
      return res.end("<html><body>Bad gateway</body></html>");
    case "redirect-same":
      res.writeHead(307, { location: `${req.url}?hop=1` });
      return res.end();
    case "redirect-cross":
      res.writeHead(307, { location: `${elsewhereUrl}${req.url}` });
      return res.end();
    case "slow": {
      const timer = setTimeout(() => answer(res, 200, { id, attempt, late: true }), SLOW_MS);
      res.on("close", () => clearTimeout(timer));
      return;
    }
  }
}

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  server = createServer(handle);
  server.keepAliveTimeout = 60_000; // no idle-socket closes of our own making: only the scheduled resets
  server.on("clientError", (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  elsewhere = createServer((_req, res) => {
    arrivedElsewhere++;
    res.end("{}");
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, "127.0.0.1", resolve));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
});

afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  for (const timer of timers) clearInterval(timer);
  for (const s of [server, elsewhere]) {
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
});

it(`${REQUESTS} requests through resets, 5xx, 429s and stalls end as the policy says`, {
  timeout: 120_000,
}, async () => {
  const retries = new Map<string, (RetryEvent & { at: number })[]>();
  const client = createApiClient<any, {}, true>(testVendor, {
    apiKey: API_KEY,
    baseUrl,
    timeout: TIMEOUT_MS,
    maxRetries: MAX_RETRIES,
    maxRetryAfter: MAX_RETRY_AFTER_MS,
    throwOnError: true,
    hooks: {
      onRetry: (event) => {
        const id = /\/v1\/items\/([\w-]+)/.exec(event.url)![1]!;
        retries.set(id, [...(retries.get(id) ?? []), { ...event, at: performance.now() }]);
      },
    },
  }) as unknown as LooseClient;

  // Warm up: open the connections and compile the hot paths, outside the schedule.
  await Promise.all(
    Array.from({ length: WARM_UP }, (_, i) =>
      client.GET("/v1/items/{id}", { params: { path: { id: `warm-${i}` } }, headers: { "x-test-id": `warm-${i}` } }),
    ),
  );

  const outcomes: { data?: unknown; error?: unknown }[] = new Array(REQUESTS);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        const plan = plans[i]!;
        const init = { params: { path: { id: String(i) } }, headers: { "x-test-id": String(i) } };
        try {
          const call =
            plan.method === "GET"
              ? client.GET("/v1/items/{id}", init)
              : client.POST("/v1/items/{id}", {
                  ...init,
                  body: { i },
                  ...(plan.method === "POST+key" ? { idempotencyKey: `key-${i}` } : {}),
                });
          outcomes[i] = { data: (await call).data };
        } catch (error) {
          outcomes[i] = { error };
        }
      }
    }),
  );
  const elapsed = performance.now() - started;

  const failures: string[] = [];
  const fail = (i: number, what: string) =>
    failures.length < 20 && failures.push(`#${i} ${plans[i]!.method} ${plans[i]!.actions.join(",")}: ${what}`);
  const tally: Record<string, number> = {};
  for (let i = 0; i < REQUESTS; i++) {
    const want = expected(plans[i]!);
    const { data, error } = outcomes[i]!;
    const kind = error === undefined ? "data" : (error as Error).name;
    tally[kind] = (tally[kind] ?? 0) + 1;

    // Every call ends in data or a typed error of the class the schedule implies.
    if (want.outcome === "data") {
      if (error !== undefined) fail(i, `expected data, got ${String(error)}`);
      else if ((data as { attempt?: number }).attempt !== want.attempts)
        fail(i, `data from attempt ${(data as { attempt?: number }).attempt}`);
    } else if (
      !(error instanceof want.outcome) ||
      (want.outcome === ConnectionError && error instanceof TimeoutError)
    ) {
      fail(i, `expected ${want.outcome.name}, got ${error === undefined ? "data" : String(error)}`);
    } else if (!(error instanceof SdkError)) {
      fail(i, `untyped error ${String(error)}`);
    }

    // The server saw exactly the attempts the policy allows.
    const arrivals = seen.get(String(i)) ?? [];
    if (arrivals.length !== want.attempts) fail(i, `server saw ${arrivals.length} attempts, expected ${want.attempts}`);

    // Each wait is the one asked for (Retry-After, capped) or the backoff; the next attempt came no sooner.
    const events = retries.get(String(i)) ?? [];
    if (events.length !== want.waits.length)
      fail(i, `retries ${JSON.stringify(events.map((e) => e.reason))}, expected ${want.waits.length}`);
    events.forEach((event, n) => {
      if (n >= want.waits.length) return;
      const { min, max } = want.waits[n]!;
      if (event.delayMs < min || event.delayMs > max)
        fail(i, `retry ${n + 1} waited ${event.delayMs} ms, expected ${min}–${max}`);
      // The next attempt reached the server no sooner than the wait allows (less timer granularity:
      // Node fires timers against a loop clock that may lag by a millisecond or two), and a capped wait stayed short.
      const waited = (arrivals[n + 1] ?? Infinity) - event.at;
      if (waited < event.delayMs - TIMER_SLACK_MS)
        fail(
          i,
          `attempt ${n + 2} arrived ${waited.toFixed(1)} ms after the retry was decided, before the ${event.delayMs} ms wait`,
        );
      if (max === MAX_RETRY_AFTER_MS && waited > 5_000) fail(i, `the capped wait took ${waited.toFixed(0)} ms`);
    });
  }

  const attempts = [...seen].filter(([id]) => !id.startsWith("warm-")).reduce((sum, [, a]) => sum + a.length, 0);
  console.info(
    `fault injection: ${REQUESTS} requests, ${attempts} attempts, in ${(elapsed / 1000).toFixed(1)} s; outcomes ${JSON.stringify(tally)}`,
  );
  expect(failures).toEqual([]);
  expect(unhandled).toEqual([]);
  expect(arrivedElsewhere).toBe(0);
  // Every kind of outcome was exercised, and the server saw exactly the attempts the policy allows in total.
  expect(Object.keys(tally).sort()).toEqual([
    "ConnectionError",
    "InternalServerError",
    "NotFoundError",
    "RateLimitError",
    "RedirectError",
    "ResponseParseError",
    "TimeoutError",
    "data",
  ]);
  expect(attempts).toBe(plans.reduce((sum, plan) => sum + expected(plan).attempts, 0));
});
