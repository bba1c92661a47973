/**
 * The contract set-up of a vendor test file: a client pointed at this run's Prism mock, whose
 * every request is recorded and checked.
 *
 * Prism reports a request or response that breaks the spec in an `sl-violations` header, or, when
 * `--errors` rejects a request, with a problem document of its own. Every test fails on such a
 * violation unless it declared it first with `expectViolations(…)`; each operation a request
 * reached the mock with, without a violation, counts towards the package's coverage check
 * (coverage.ts).
 */
import { afterEach, expect, inject } from "vitest";
import { exerciseRecorder } from "./coverage.js";
import { operationMatcher } from "./spec.js";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

export interface Violation {
  method: string;
  url: string;
  status: number;
  violations: string;
}

/** The URL of this run's Prism mock. */
export function mockUrl(): string {
  return inject("mockUrl");
}

/** The query of a request the client sent, as a plain object (each name once). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/** The violations Prism reported for one exchange: its header, and its own problem document when it rejected the request. */
async function violationsOf(response: Response): Promise<string[]> {
  const found: string[] = [];
  const header = response.headers.get("sl-violations");
  if (header) found.push(header);
  if (response.headers.get("content-type")?.includes("application/problem+json")) {
    const problem = await response
      .clone()
      .json()
      .catch(() => ({}));
    if (String(problem.type ?? "").startsWith("https://stoplight.io/prism/errors")) found.push(JSON.stringify(problem));
  }
  return found;
}

export interface HarnessOptions<R> {
  /** The bundled spec the mock serves. */
  spec: string | URL;
  /** What to keep of each request the client sends; a clone of it by default. */
  record?: (request: Request) => R;
}

/**
 * The contract set-up of one test file: `create` builds the vendor client around the given
 * fetch. Returns the `client`; `fetch`, the same recording fetch for extra clients (a throwing
 * one, say); every request sent, in order (`requests`, `lastRequest`); and `expectViolations`.
 */
export function contractHarness<C extends object, R = Request>(
  create: (fetch: (request: Request) => Promise<Response>) => C,
  options: HarnessOptions<R>,
) {
  const record = options.record ?? ((request: Request) => request.clone() as R);
  const operationOf = operationMatcher(options.spec);
  const exercised = exerciseRecorder();
  /** Every request the client sent, in order. */
  const requests: R[] = [];
  const violations: Violation[] = [];
  let expected: RegExp[] = [];

  const fetch = async (request: Request): Promise<Response> => {
    requests.push(record(request));
    const { method, url } = request;
    const response = await globalThis.fetch(request);
    const found = await violationsOf(response);
    for (const text of found) violations.push({ method, url, status: response.status, violations: text });
    const operation = operationOf(method, new URL(url).pathname);
    if (found.length === 0 && operation) exercised(operation);
    return response;
  };

  /**
   * Declares that the current test breaks the spec on purpose: after it, Prism must have reported
   * exactly one violation per pattern, in this order, and no other. Without it, a test fails on
   * any violation.
   */
  const expectViolations = (...patterns: RegExp[]) => {
    expected = patterns;
  };

  afterEach(() => {
    const seen = violations.splice(0).map((violation) => violation.violations);
    const patterns = expected;
    expected = [];
    expect(seen, "the spec violations Prism reported").toEqual(
      patterns.map((pattern) => expect.stringMatching(pattern)),
    );
  });

  /** The last request the client sent. */
  const lastRequest = (): R => {
    if (requests.length === 0) throw new Error("no request was sent");
    return requests[requests.length - 1]!;
  };
  return { client: create(fetch), fetch, requests, lastRequest, expectViolations };
}
