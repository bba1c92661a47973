/**
 * Helpers shared by the contract tests of every vendor package.
 *
 * `violationRecorder()` gives a fetch that sends requests to the Prism mock and
 * records every spec violation Prism reports (an `sl-violations` header, or the
 * problem document it answers with when `--errors` rejects a request), so a test
 * can assert that no request or response broke the spec.
 *
 * `operationsOf()` lists the operations of a bundled spec, and
 * `contractHarness()` wraps a vendor client so that a test file fails on any
 * violation and, given tags, unless it called every operation of those tags.
 */
import { readFileSync } from "node:fs";
import { afterAll, afterEach, expect, inject } from "vitest";
import { parse } from "yaml";

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

export function violationRecorder() {
  const violations: Violation[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const response = await globalThis.fetch(request);
    const header = response.headers.get("sl-violations");
    if (header)
      violations.push({ method: request.method, url: request.url, status: response.status, violations: header });
    if (response.headers.get("content-type")?.includes("application/problem+json")) {
      // With --errors, Prism answers a request that breaks the spec with its own problem document.
      const problem = await response
        .clone()
        .json()
        .catch(() => ({}));
      if (String(problem.type ?? "").startsWith("https://stoplight.io/prism/errors")) {
        violations.push({
          method: request.method,
          url: request.url,
          status: response.status,
          violations: JSON.stringify(problem),
        });
      }
    }
    return response;
  };
  /** Returns the violations recorded so far and forgets them (for tests that break the spec on purpose). */
  const take = () => violations.splice(0, violations.length);
  return { fetch, violations, take };
}

/** The query of a request the client sent, as a plain object (each name once). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

export interface SpecSchema {
  example?: unknown;
  default?: unknown;
  enum?: unknown[];
  format?: string;
  items?: { enum?: unknown[] };
  properties?: Record<string, { format?: string; type?: unknown }>;
}
export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  example?: unknown;
  schema?: SpecSchema;
}
export interface SpecMedia {
  schema?: SpecSchema;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}
export interface SpecOperation {
  operationId?: string;
  "x-vendor-operation-id"?: string | string[];
  tags?: string[];
  parameters?: SpecParameter[];
  requestBody?: { required?: boolean; content: Record<string, SpecMedia> };
  responses?: Record<string, { content?: Record<string, SpecMedia> }>;
}

export type SpecPathItem = { parameters?: SpecParameter[] } & Partial<
  Record<(typeof HTTP_METHODS)[number], SpecOperation>
>;

export interface Spec {
  tags?: { name: string }[];
  paths: Record<string, SpecPathItem>;
}

const HTTP_METHODS = ["get", "put", "post", "patch", "delete"] as const;

/** The spec at `specPath`, freshly parsed (the caller may change it). */
export function readSpec(specPath: string | URL): Spec {
  return parse(readFileSync(specPath, "utf8"));
}

/** Parsed specs by location, read once per test file (not to be changed by callers). */
const specs = new Map<string, Spec>();

function cachedSpec(specPath: string | URL): Spec {
  const key = String(specPath);
  let spec = specs.get(key);
  if (!spec) specs.set(key, (spec = readSpec(specPath)));
  return spec;
}

/**
 * The spec at `specPath` with the local `$ref`s a test reads through
 * (parameters, bodies, responses, examples) replaced by what they point at.
 * Schemas are resolved three levels deep only: enough to see a property's
 * format, and no deeper, since some schemas are recursive.
 */
export function readResolvedSpec(specPath: string | URL): Spec {
  const doc = cachedSpec(specPath) as unknown as Record<string, unknown>;
  const lookup = (ref: string) =>
    ref
      .slice(2)
      .split("/")
      .reduce<any>((at, key) => at?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
  const resolve = (node: unknown, schemaDepth?: number): unknown => {
    if (node === null || typeof node !== "object" || schemaDepth === 0) return node;
    if (Array.isArray(node)) return node.map((item) => resolve(item, schemaDepth));
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/")) return resolve(lookup(ref), schemaDepth);
    const next = (key: string) => (schemaDepth !== undefined ? schemaDepth - 1 : key === "schema" ? 3 : undefined);
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value, next(key))]));
  };
  return { tags: doc.tags as Spec["tags"], paths: resolve(doc.paths) as Spec["paths"] };
}

/**
 * `"<method> <path>"` of every operation in the spec at `specPath`, or of those
 * carrying `tag` (one of the tags, when given several; all operations when
 * none), limited to the paths `within` accepts.
 */
export function operationsOf(
  specPath: string | URL,
  tag?: string | readonly string[],
  within: (path: string) => boolean = () => true,
): string[] {
  const spec = cachedSpec(specPath);
  const tags: readonly string[] = tag === undefined ? [] : typeof tag === "string" ? [tag] : tag;
  const found: string[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    if (!within(path)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation && (tags.length === 0 || operation.tags?.some((name) => tags.includes(name))))
        found.push(`${method} ${path}`);
    }
  }
  return found;
}

export interface HarnessOptions<R> {
  /** The bundled spec the mock serves. */
  spec: string | URL;
  /** When given, the test file fails unless it called every operation of this tag (or of these tags). */
  tag?: string | readonly string[];
  /** Limits the tag check to these paths (for a tag split over several files). */
  within?: (path: string) => boolean;
  /** What to keep of each request the client sends; a clone of it by default. */
  record?: (request: Request) => R;
}

/**
 * The contract set-up of one test file: `create` builds the vendor client
 * around the given fetch. The returned `client` records which operations it
 * was called with; every test fails if the mock reported a spec violation
 * (cleared before the check, so it fails that test only), and the file fails
 * unless it called every operation of `tag`. `fetch` is the recording fetch,
 * for extra clients that should not count towards the tag check.
 */
export function contractHarness<C extends object, R = Request>(
  create: (fetch: (request: Request) => Promise<Response>) => C,
  options: HarnessOptions<R>,
) {
  const { spec, tag, within } = options;
  const record = options.record ?? ((request: Request) => request.clone() as R);
  const recorder = violationRecorder();
  /** Every request the client sent, in order. */
  const requests: R[] = [];
  const fetch = (request: Request) => {
    requests.push(record(request));
    return recorder.fetch(request);
  };

  const called = new Set<string>();
  const client = new Proxy(create(fetch), {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== "string" || !/^[A-Z]+$/.test(property) || typeof value !== "function") return value;
      return (url: string, ...rest: unknown[]) => {
        called.add(`${property.toLowerCase()} ${url}`);
        return (value as (...args: unknown[]) => unknown)(url, ...rest);
      };
    },
  });

  afterEach(() => {
    expect(recorder.take()).toEqual([]);
  });
  if (tag !== undefined && tag.length > 0) {
    afterAll(() => {
      const expected = operationsOf(spec, tag, within);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.filter((operation) => !called.has(operation))).toEqual([]);
    });
  }
  /** The last request the client sent. */
  const lastRequest = (): R => {
    if (requests.length === 0) throw new Error("no request was sent");
    return requests[requests.length - 1]!;
  };
  return { client, recorder, requests, lastRequest, fetch };
}
