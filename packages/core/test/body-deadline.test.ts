/**
 * The attempt's deadline covers the body, against a real loopback server and Node's fetch:
 * a body that stalls after the headers, or drips a byte at a time, ends in a TimeoutError soon
 * after `timeout` (and is retried for retryable methods); a body cut by a reset ends in a
 * ConnectionError (retried likewise); a 2xx body that is not JSON ends in a ResponseParseError.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../src/client.js";
import { ConnectionError, ResponseParseError, TimeoutError } from "../src/errors.js";
import { API_KEY, type LooseClient, loopback, testVendor } from "./helpers.js";

let server: Awaited<ReturnType<typeof loopback>>;
const attempts = new Map<string, number>();
const timers = new Set<ReturnType<typeof setInterval>>();

function handle(req: IncomingMessage, res: ServerResponse) {
  const path = new URL(req.url!, "http://x").pathname;
  attempts.set(path, (attempts.get(path) ?? 0) + 1);
  req.resume();
  const json = { "content-type": "application/json" };
  switch (path) {
    case "/stall": // headers, half a body, then nothing
      res.writeHead(200, json);
      res.write('{"data": [1, 2');
      return;
    case "/drip": {
      // a byte every 20 ms of a body that would take 10 s in all
      res.writeHead(200, json);
      const body = JSON.stringify({ data: "x".repeat(500) });
      let i = 0;
      const timer = setInterval(() => {
        if (res.destroyed || i >= body.length) return clearInterval(timer);
        res.write(body[i++]!);
      }, 20);
      timers.add(timer);
      res.on("close", () => clearInterval(timer));
      return;
    }
    case "/cut": // headers and part of the body, then a reset
      res.writeHead(200, { ...json, "content-length": "1000" });
      res.write('{"data": [1, 2');
      setTimeout(() => req.socket.destroy(), 5);
      return;
    case "/status-600":
      res.writeHead(600, json);
      return res.end("{}");
    case "/truncated":
      res.writeHead(200, json);
      return res.end('{"data": [1, 2');
    case "/html":
      res.writeHead(200, { "content-type": "text/html" });
      return res.end("<html><body><h1>Service temporarily unavailable</h1></body></html>");
    default:
      res.writeHead(200, json);
      res.end('{"ok": true}');
  }
}

beforeAll(async () => {
  server = await loopback(handle);
});

afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  await server.close();
});

const client = (timeout: number, maxRetries = 0) =>
  createApiClient<any, {}, true>(testVendor, {
    apiKey: API_KEY,
    baseUrl: server.url,
    timeout,
    maxRetries,
    throwOnError: true,
  }) as unknown as LooseClient;

describe("a body that does not finish", () => {
  it("stalled after the headers: a TimeoutError, retried for GET", async () => {
    attempts.clear();
    const error = await client(150, 1)
      .GET("/stall")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe(`GET ${server.url}/stall timed out after 150 ms`);
    expect(attempts.get("/stall")).toBe(2);
  });

  it("dripping a byte at a time: a TimeoutError", async () => {
    const error = await client(300)
      .GET("/drip")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("a POST without an idempotency key is not retried", async () => {
    attempts.clear();
    const error = await client(150, 2)
      .POST("/stall", { body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(attempts.get("/stall")).toBe(1);
  });
});

describe("a body cut by a reset", () => {
  it("is a ConnectionError, retried for GET", async () => {
    attempts.clear();
    const error = await client(5_000, 2)
      .GET("/cut")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(attempts.get("/cut")).toBe(3);
  });
});

describe("a 2xx body that is not JSON", () => {
  it.each([
    ["/truncated", "application/json", '{"data": [1, 2'],
    ["/html", "text/html", "<html><body><h1>Service temporarily unavailable</h1></body></html>"],
  ])(
    "%s: a ResponseParseError with the status, content type and an excerpt; not retried",
    async (path, contentType, excerpt) => {
      attempts.clear();
      const error = await client(5_000, 2)
        .GET(path)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseParseError);
      expect(error).toMatchObject({ status: 200, contentType, excerpt });
      expect((error as Error).message).toContain(`GET ${server.url}${path} answered 200 (${contentType})`);
      expect(attempts.get(path)).toBe(1);
    },
  );

  it("also without throwOnError (the call cannot return data it could not read)", async () => {
    const plain = createApiClient<any>(testVendor, { apiKey: API_KEY, baseUrl: server.url }) as unknown as LooseClient;
    await expect(plain.GET("/html")).rejects.toBeInstanceOf(ResponseParseError);
  });
});

it("a healthy answer still comes through", async () => {
  expect((await client(1_000).GET("/ok")).data).toEqual({ ok: true });
});

it("a server status outside 200–599 is a ConnectionError that names the server's answer, not the caller's fault", async () => {
  const error = await client(1_000)
    .GET("/status-600")
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectionError);
  expect((error as Error).message).toMatch(/status 600, which HTTP does not allow/);
});
