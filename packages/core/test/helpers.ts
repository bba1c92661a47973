/**
 * Helpers shared by the core unit tests: an in-process fetch stub that records
 * what it was sent, JSON responses, and a vendor description to build clients from.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { vi } from "vitest";
import { createApiClient, type VendorConfig } from "../src/client.js";
import type { ClientOptions, PaginationMap } from "../src/types.js";

export const BASE_URL = "https://api.test.example";

/** A Voxfra-like vendor: `X-API-Key`, keys start with `vox_mgmt_`. */
export const testVendor = {
  vendor: "Testfra",
  envVar: "TESTFRA_API_KEY",
  baseUrl: BASE_URL,
  header: "X-API-Key",
  prefix: "vox_mgmt_",
} satisfies VendorConfig;

export const API_KEY = "vox_mgmt_test_key_123";

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

export interface Sent {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

export type Handler = (request: Request, attempt: number) => Response | Promise<Response>;

/** A fetch stub: answers with `handler` and records every request it was sent (attempt = 1, 2, …). */
export function stubFetch(handler: Handler) {
  const sent: Sent[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const body = request.body === null ? "" : await request.clone().text();
    sent.push({ method: request.method, url: request.url, headers: request.headers, body });
    return handler(request, sent.length);
  };
  return { fetch, sent };
}

/** A response that never comes: rejects with the request's abort reason, as real fetch does. */
export function hang(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    if (request.signal.aborted) return reject(request.signal.reason);
    request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
  });
}

/** A response after `ms`, or the request's abort reason if it aborts first. */
export function delayed(request: Request, ms: number, response: () => Response): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(response()), ms);
    request.signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(request.signal.reason);
      },
      { once: true },
    );
  });
}

/** A loosely typed client for runtime tests (the typed surface is tested elsewhere). */
export type LooseClient = Record<
  "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH",
  (url: string, init?: any) => Promise<any>
> & {
  paginate: (url: string, init?: any) => any;
};

export function looseClient(
  options: ClientOptions<boolean> = {},
  vendor: VendorConfig = testVendor,
  pagination: PaginationMap = {},
): LooseClient {
  return createApiClient<any, PaginationMap, boolean>(
    { ...vendor, pagination },
    {
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      ...options,
    },
  ) as unknown as LooseClient;
}

/** Settles `promise` and returns what it rejected with (fails if it resolved). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

/** Waits (on real event-loop turns, which fake timers leave alone) until `condition` holds. */
export async function until(condition: () => boolean, turns = 1000): Promise<void> {
  for (let i = 0; !condition(); i++) {
    if (i === turns) throw new Error("condition never held");
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Fake timers for the runtime's waits (setTimeout and Date); event-loop turns stay real. */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
}

/** A real HTTP server on 127.0.0.1 and a free port, for tests that need Node's own fetch; `close()` stops it. */
export async function loopback(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
