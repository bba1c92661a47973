/**
 * Shared set-up of the CareCycle contract tests: a client pointed at this run's
 * Prism mock, a recorder that fails a test when the mock reports a spec
 * violation, the list of requests the client sent, and a check that a test
 * file called every operation of its tag.
 */
import { readFileSync } from "node:fs";
import { afterAll, afterEach, expect } from "vitest";
import { parse } from "yaml";
import { mockUrl, violationRecorder } from "../../../scripts/lib/contract.js";
import { type CarecycleClient, createCarecycleClient } from "../src/index.js";

export const apiKey = "cc_test_contract_key";

/** The customer sub-records (custom-field values, dependents, policies, prescriptions, providers). */
export const isCustomerRecordPath = (path: string) => /^\/v2\/customers\/\{id\}\/(custom-fields|dependents|policies|prescriptions|providers)/.test(path);

/** Ids taken from the spec's examples, so that the mock accepts them as path parameters. */
export const ids = {
  campaign: "6ff8f457-72c7-46bc-89a4-4d56db6fbc4d",
  customer: "497f6eca-6276-4993-bfeb-53cbbbba6f08",
  customFieldValue: "da93306e-75f2-4b22-b200-3cb99eccead8",
  customFieldDefinition: "fee8dae0-8f27-4808-be89-432620364147",
  member: "21e8eff1-8f17-44f3-be1d-36068daee952",
  source: "2eaa6928-41c5-4de3-a95a-2e9e0171c209",
  otherSource: "743545ce-6470-4545-b668-84826d35c144",
  policy: "bd48c3c7-a589-491c-81a7-d2544be13dd5",
  prescription: "70f330ac-bbc6-4809-a65a-1b0339312d5a",
  provider: "6d3b2ec7-9ff7-4cac-aac8-f0f09d03d026",
} as const;

const HTTP_METHODS = ["get", "put", "post", "patch", "delete"] as const;
let spec: { paths: Record<string, Record<string, { tags?: string[] }>> } | undefined;

/** `"<method> <path>"` of every operation in the bundled spec, or of those with `tag` (and a path `within`). */
export function operationsOf(tag?: string, within: (path: string) => boolean = () => true): string[] {
  spec ??= parse(readFileSync(new URL("../src/generated/openapi.yaml", import.meta.url), "utf8"));
  const found: string[] = [];
  for (const [path, item] of Object.entries(spec!.paths)) {
    if (!within(path)) continue;
    for (const method of HTTP_METHODS) {
      if (item[method] && (tag === undefined || item[method].tags?.includes(tag))) found.push(`${method} ${path}`);
    }
  }
  return found;
}

/**
 * The contract client for one test file. `tag`, when given, makes the file
 * fail unless it called every operation the spec lists under that tag (limited
 * to the paths `within` accepts, for a tag split over several files).
 */
export function contractClient(tag?: string, within?: (path: string) => boolean) {
  const recorder = violationRecorder();
  /** Every request the client sent, in order. */
  const requests: Request[] = [];
  const fetch = (request: Request) => {
    requests.push(request.clone());
    return recorder.fetch(request);
  };
  const raw = createCarecycleClient({ apiKey, baseUrl: mockUrl(), fetch, maxRetries: 0 });

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
  }) as CarecycleClient;

  afterEach(() => {
    expect(recorder.violations).toEqual([]);
  });
  if (tag) {
    afterAll(() => {
      const expected = operationsOf(tag, within);
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
