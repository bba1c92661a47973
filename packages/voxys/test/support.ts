/**
 * Shared set-up of the Voxys contract tests: a client with `accountId: 1`
 * pointed at this run's Prism mock, through the harness of
 * scripts/lib/contract.ts (violation recorder, sent requests, check that a test
 * file called every operation of its tag).
 */
import * as contract from "../../../scripts/lib/contract.js";
import { createVoxysClient, createVoxysPublicClient } from "../src/index.js";

export { queryOf } from "../../../scripts/lib/contract.js";

export const apiKey = "voxys_contract_test_token";

/** The bundled spec the mock serves. */
const spec = new URL("../src/generated/openapi.yaml", import.meta.url);

/**
 * The contract client for one test file. `tag`, when given, makes the file
 * fail unless it called every operation the spec lists under that tag. The
 * requests are recorded after the account_id was filled in.
 */
export function contractClient(tag?: string) {
  return contract.contractHarness((fetch) => createVoxysClient({ apiKey, accountId: 1, baseUrl: contract.mockUrl(), fetch, maxRetries: 0 }), { spec, tag });
}

/** The same for the public Client API: no token, `inboxIdentifier: "example-inbox"`. */
export function publicContractClient(tag?: string) {
  return contract.contractHarness(
    (fetch) => createVoxysPublicClient({ inboxIdentifier: "example-inbox", baseUrl: contract.mockUrl(), fetch, maxRetries: 0 }),
    { spec, tag },
  );
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
  in: "path" | "query" | "header";
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
  operationId: string;
  "x-vendor-operation-id"?: string | string[];
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: SpecParameter[];
  requestBody?: { required?: boolean; content: Record<string, SpecMedia> };
  responses: Record<string, { content?: Record<string, SpecMedia> }>;
}
export interface BundledSpec {
  tags?: { name: string }[];
  paths: Record<string, { parameters?: SpecParameter[] } & Partial<Record<"get" | "put" | "post" | "patch" | "delete", SpecOperation>>>;
}

/**
 * The bundled spec the mock serves, with the local `$ref`s the contract tests
 * read through (parameters, bodies, responses, examples) replaced by what they
 * point at. Schemas are resolved two levels deep only: enough to see a
 * property's format, and no deeper, since some schemas are recursive.
 */
export function readBundledSpec(): BundledSpec {
  const doc = contract.readSpec(spec) as unknown as Record<string, unknown>;
  const lookup = (ref: string) => ref.slice(2).split("/").reduce<any>((at, key) => at?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
  const resolve = (node: unknown, schemaDepth?: number): unknown => {
    if (node === null || typeof node !== "object" || schemaDepth === 0) return node;
    if (Array.isArray(node)) return node.map((item) => resolve(item, schemaDepth));
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/")) return resolve(lookup(ref), schemaDepth);
    const next = (key: string) => (schemaDepth !== undefined ? schemaDepth - 1 : key === "schema" ? 3 : undefined);
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value, next(key))]));
  };
  return { tags: doc.tags as BundledSpec["tags"], paths: resolve(doc.paths) as BundledSpec["paths"] };
}
