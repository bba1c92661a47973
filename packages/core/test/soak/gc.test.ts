/**
 * Timeouts and aborts with Node's real fetch while the garbage collector runs.
 *
 * Node's fetch follows a Request's AbortSignal through a weak reference; if the
 * runtime let the per-attempt Request become unreachable, a collection during the
 * attempt would silently disable the timeout and the caller's abort. Here the
 * collector is forced every few milliseconds while a loopback server stalls.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client.js";
import { AbortError, TimeoutError } from "../../src/errors.js";
import { API_KEY, type LooseClient, testVendor } from "../helpers.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  // Headers after 400 ms; or headers at once and a body that never ends.
  server = createServer((req, res) => {
    if (req.url?.startsWith("/stalled-body")) {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"data": [');
      return;
    }
    const timer = setTimeout(() => res.end("{}"), 400);
    res.on("close", () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Runs `work` while forcing a full collection every 5 ms. */
async function underGc<T>(work: () => Promise<T>): Promise<T> {
  const collector = setInterval(gc, 5);
  try {
    return await work();
  } finally {
    clearInterval(collector);
  }
}

const client = () =>
  createApiClient<any>(testVendor, { apiKey: API_KEY, baseUrl, maxRetries: 0, timeout: 50 }) as unknown as LooseClient;

describe("with garbage collection during the attempt", () => {
  it.each([1, 2, 3])("the timeout still fires (run %i)", async () => {
    const error = await underGc(() =>
      client()
        .GET("/slow")
        .catch((e: unknown) => e),
    );
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("the caller's abort still fires", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = await underGc(() =>
      client()
        .GET("/slow", { timeout: 5_000, signal: controller.signal })
        .catch((e: unknown) => e),
    );
    expect(error).toBeInstanceOf(AbortError);
  });

  it("the caller's abort ends a call whose body never finishes", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await underGc(() =>
      Promise.race([
        client()
          .GET("/stalled-body", { signal: controller.signal })
          .catch((e: unknown) => e),
        new Promise((resolve) => setTimeout(() => resolve("still waiting for the body"), 2_000)),
      ]),
    );
    expect(error).toBeInstanceOf(AbortError);
  });
});
