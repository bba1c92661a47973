/**
 * Shared set-up of the Quentli contract tests: a client pointed at this run's
 * Prism mock, a recorder that fails a test when the mock reports a spec
 * violation, the list of requests the client sent, a check that a test file
 * called every operation of its tags, and helpers to read the `filter` and
 * `orderBy` parameters back off a request URL.
 */
import { readFileSync } from "node:fs";
import { afterAll, afterEach, expect } from "vitest";
import { parse } from "yaml";
import { mockUrl, violationRecorder } from "../../../scripts/lib/contract.js";
import { createQuentliClient, type QuentliClient } from "../src/index.js";

export const apiKey = "sk_test_contract_key";

/** Identifiers taken from the spec's examples. */
export const ids = {
  customer: "cus_1234567890abcdefghij",
  taxProfile: "cti_1234567890abcdefghij",
  paymentConcept: "pc_1234567890abcdefghij",
  invoice: "inv_1234567890abcdefghij",
  payment: "p_1234567890abcdefghij",
  paymentMethod: "pm_1234567890abcdefghij",
  paymentSession: "ps_1234567890abcdefghij",
  subscription: "sub_1234567890abcdefghij",
  taxInvoice: "txi_1234567890abcdefghij",
  modifier: "prm_1234567890abcdefghij",
  discount: "disc_1234567890abcdefghij",
} as const;

const HTTP_METHODS = ["get", "put", "post", "patch", "delete"] as const;

/** `"<method> <path>"` of every operation in the bundled spec, or of those carrying one of `tags`. */
export function operationsOf(...tags: string[]): string[] {
  const spec = parse(readFileSync(new URL("../src/generated/openapi.yaml", import.meta.url), "utf8"));
  const found: string[] = [];
  for (const [path, item] of Object.entries<Record<string, { tags?: string[] }>>(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation && (tags.length === 0 || operation.tags?.some((tag) => tags.includes(tag)))) found.push(`${method} ${path}`);
    }
  }
  return found;
}

/**
 * The contract clients for one test file. `tags`, when given, make the file
 * fail unless it called every operation the spec lists under those tags.
 */
export function contractClient(...tags: string[]) {
  const recorder = violationRecorder();
  /** Every request the client sent, in order. */
  const requests: Request[] = [];
  const fetch = (request: Request) => {
    requests.push(request.clone());
    return recorder.fetch(request);
  };
  const raw = createQuentliClient({ apiKey, baseUrl: mockUrl(), fetch, maxRetries: 0 });
  /** The same client in throwing mode (not counted towards the tag check). */
  const throwing = createQuentliClient({ apiKey, baseUrl: mockUrl(), fetch, maxRetries: 0, throwOnError: true });

  const called = new Set<string>();
  const client = new Proxy(raw, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== "string" || !/^[A-Z]+$/.test(property) || typeof value !== "function") return value;
      return (url: string, ...rest: unknown[]) => {
        called.add(`${property.toLowerCase()} ${url}`);
        return value(url, ...rest);
      };
    },
  }) as QuentliClient;

  afterEach(() => {
    expect(recorder.violations).toEqual([]);
  });
  if (tags.length > 0) {
    afterAll(() => {
      const expected = operationsOf(...tags);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.filter((operation) => !called.has(operation))).toEqual([]);
    });
  }
  return { client, throwing, recorder, requests };
}

/** The query of a request the client sent, as a plain object (each name once). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/**
 * Checks that a list request carried `filter` and `orderBy` as ONE URL-encoded
 * parameter each (not as `filter[name][contains]=…` fragments), holding the
 * expected qs strings, next to plain `skip` and `take`.
 */
export function expectQsParams(request: Request, expected: { filter: string; orderBy: string; skip: number; take: number }) {
  const raw = new URL(request.url).search;
  expect(raw).toContain(`filter=${encodeURIComponent(expected.filter)}`);
  expect(raw).toContain(`orderBy=${encodeURIComponent(expected.orderBy)}`);
  expect(raw).not.toMatch(/[[\]]/); // every bracket is percent-encoded inside the value
  const params = new URL(request.url).searchParams;
  expect(params.getAll("filter")).toEqual([expected.filter]);
  expect(params.getAll("orderBy")).toEqual([expected.orderBy]);
  expect(Object.fromEntries(params)).toEqual({
    filter: expected.filter,
    orderBy: expected.orderBy,
    skip: String(expected.skip),
    take: String(expected.take),
  });
}
