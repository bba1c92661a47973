/**
 * Shared set-up of the Voxys contract tests: a client with `accountId: 1`
 * pointed at this run's Prism mock, a recorder that fails a test when the mock
 * reports a spec violation, the list of requests the client sent, and a check
 * that a test file called every operation of its tag.
 */
import { readFileSync } from "node:fs";
import { afterAll, afterEach, expect } from "vitest";
import { parse } from "yaml";
import { mockUrl, violationRecorder } from "../../../scripts/lib/contract.js";
import { createVoxysClient, type VoxysClient } from "../src/index.js";

export const apiKey = "voxys_contract_test_token";

const HTTP_METHODS = ["get", "put", "post", "patch", "delete"] as const;

/** `"<method> <path>"` of every operation in the bundled spec with this tag. */
export function operationsOf(tag: string): string[] {
  const spec = parse(readFileSync(new URL("../src/generated/openapi.yaml", import.meta.url), "utf8"));
  const found: string[] = [];
  for (const [path, item] of Object.entries<Record<string, { tags?: string[] }>>(spec.paths)) {
    for (const method of HTTP_METHODS) {
      if (item[method]?.tags?.includes(tag)) found.push(`${method} ${path}`);
    }
  }
  return found;
}

/**
 * The contract client for one test file. `tag`, when given, makes the file
 * fail unless it called every operation the spec lists under that tag.
 */
export function contractClient(tag?: string) {
  const recorder = violationRecorder();
  /** Every request the client sent, in order (after the account_id was filled in). */
  const requests: Request[] = [];
  const fetch = (request: Request) => {
    requests.push(request.clone());
    return recorder.fetch(request);
  };
  const raw = createVoxysClient({ apiKey, accountId: 1, baseUrl: mockUrl(), fetch, maxRetries: 0 });

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
  }) as VoxysClient;

  afterEach(() => {
    expect(recorder.violations).toEqual([]);
  });
  if (tag) {
    afterAll(() => {
      const expected = operationsOf(tag);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.filter((operation) => !called.has(operation))).toEqual([]);
    });
  }
  return { client, recorder, requests };
}

/** The query of a request the client sent, as a plain object. */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
