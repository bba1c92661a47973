/**
 * Shared set-up of the vox.ai contract tests: a client pointed at this run's
 * Prism mock, a recorder that fails a test when the mock reports a spec
 * violation, the list of requests the client sent, a check that a test file
 * called every operation of its tag, and the multipart body serializer.
 */
import { readFileSync } from "node:fs";
import { afterAll, afterEach, expect } from "vitest";
import { parse } from "yaml";
import { mockUrl, violationRecorder } from "../../../scripts/lib/contract.js";
import { createVoxaiClient, type VoxaiClient } from "../src/index.js";

export const apiKey = "vox_test_token";

/** Identifiers used across the tests; they match the formats in the spec (and its examples). */
export const ids = {
  agent: "3c90c3cc-0d44-4b50-8888-8dd25736052a",
  flowAgent: "7ea3516d-2c4b-4f0e-9a61-3b8d5f2e1c47",
  call: "3079f46c-5b2a-4d8e-9f13-6a7c2e4b8d91",
  campaign: "123",
  heldNumber: "5b8e2f1a-9c3d-4e7b-8a6f-2d1c0e9b7a35",
  customNumber: "a2c4e6f8-1b3d-4f5a-9c7e-0d2b4f6a8c1e",
  telephoneLine: "9d1c4b7e-2a3f-4e8d-b6c5-0f1e2d3c4b5a",
  tool: "0192f4a8-6c1e-7b3d-9a2f-5e8c1d4b7a60",
  knowledge: 123,
  document: "6a1d3f8e-2b7c-4c9a-9e4f-1b0d8c7a5e23",
  alertRule: "8f3a6c2e-1b4d-4a9e-b7c5-0e2d9f6a1c84",
} as const;

const HTTP_METHODS = ["get", "put", "post", "patch", "delete"] as const;

type SpecOperation = { operationId?: string; tags?: string[] };

/** The bundled spec the mock serves. */
export function bundledSpec(): { paths: Record<string, Record<string, SpecOperation>> } {
  return parse(readFileSync(new URL("../src/generated/openapi.yaml", import.meta.url), "utf8"));
}

/** `"<method> <path>"` of every operation in the bundled spec (with this tag, when given). */
export function operationsOf(tag?: string): string[] {
  const found: string[] = [];
  for (const [path, item] of Object.entries(bundledSpec().paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation && (tag === undefined || operation.tags?.includes(tag))) found.push(`${method} ${path}`);
    }
  }
  return found;
}

/** What the test fetch saw of one request (after openapi-fetch built it). */
export interface SentRequest {
  method: string;
  url: URL;
  headers: Headers;
}

/**
 * The contract client for one test file. `tag`, when given, makes the file
 * fail unless it called every operation the spec lists under that tag.
 */
export function contractClient(tag?: string) {
  const recorder = violationRecorder();
  /** Every request the client sent, in order. */
  const requests: SentRequest[] = [];
  const fetch = (request: Request) => {
    requests.push({ method: request.method, url: new URL(request.url), headers: new Headers(request.headers) });
    return recorder.fetch(request);
  };
  const raw = createVoxaiClient({ apiKey, baseUrl: mockUrl(), fetch, maxRetries: 0 });

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
  }) as VoxaiClient;

  afterEach(() => {
    // Cleared before the check, so one test's violation does not fail the tests after it.
    const violations = recorder.violations.splice(0);
    expect(violations).toEqual([]);
  });
  if (tag) {
    afterAll(() => {
      const expected = operationsOf(tag);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.filter((operation) => !called.has(operation))).toEqual([]);
    });
  }
  /** The last request the client sent. */
  const lastRequest = () => {
    const sent = requests.at(-1);
    if (!sent) throw new Error("no request was sent");
    return sent;
  };
  /**
   * Hands over (and clears) the violations recorded so far, for tests that
   * break the spec on purpose; the afterEach check then sees none.
   */
  const takeViolations = () => recorder.violations.splice(0).map((violation) => violation.violations);
  return { client, recorder, requests, lastRequest, takeViolations };
}

/**
 * openapi-fetch's `bodySerializer` for the multipart operations: every field of
 * the body becomes one form field; Blobs (files) keep their type and name.
 */
export function toFormData(body: object): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    if (value instanceof Blob) form.append(name, value, value instanceof File ? value.name : name);
    else form.append(name, String(value));
  }
  return form;
}

/** The query of a sent request as `[name, value]` pairs, in order (repeats kept). */
export function queryPairs(sent: SentRequest): [string, string][] {
  return [...sent.url.searchParams];
}
