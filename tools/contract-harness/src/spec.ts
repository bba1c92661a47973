/**
 * Reading a bundled spec in contract tests: parsing it, following its local `$ref`s (with the
 * generator's one resolver, scripts/lib/ref.mjs), listing its operations and naming the
 * operation a sent request belongs to.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { resolveRef } from "../../../scripts/lib/ref.mjs";

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
  deprecated?: boolean;
  parameters?: SpecParameter[];
  requestBody?: { required?: boolean; content: Record<string, SpecMedia> };
  responses?: Record<string, { content?: Record<string, SpecMedia> }>;
}

export const HTTP_METHODS = ["get", "put", "post", "patch", "delete"] as const;

export type SpecPathItem = { parameters?: SpecParameter[] } & Partial<
  Record<(typeof HTTP_METHODS)[number], SpecOperation>
>;

export interface Spec {
  tags?: { name: string }[];
  paths: Record<string, SpecPathItem>;
}

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
  const doc = cachedSpec(specPath);
  const resolve = (node: unknown, schemaDepth?: number): unknown => {
    if (node === null || typeof node !== "object" || schemaDepth === 0) return node;
    if (Array.isArray(node)) return node.map((item) => resolve(item, schemaDepth));
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/")) return resolve(resolveRef(doc, node), schemaDepth);
    const next = (key: string) => (schemaDepth !== undefined ? schemaDepth - 1 : key === "schema" ? 3 : undefined);
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value, next(key))]));
  };
  return { tags: doc.tags, paths: resolve(doc.paths) as Spec["paths"] };
}

/** `"<method> <path>"` of every operation in the spec at `specPath`. */
export function operationsOf(specPath: string | URL): string[] {
  const spec = cachedSpec(specPath);
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => `${method} ${path}`),
  );
}

/**
 * A function naming the operation (`"<method> <path>"`, as `operationsOf` does) that a request
 * with this method and URL path would reach, or `undefined`. A path without templates wins over
 * one with them, and fewer templates over more, as Prism routes.
 */
export function operationMatcher(specPath: string | URL): (method: string, pathname: string) => string | undefined {
  const routes = operationsOf(specPath)
    .map((operation) => {
      const [method, path] = operation.split(" ") as [string, string];
      const pattern = path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
      return { operation, method, regex: new RegExp(`^${pattern}$`), templates: path.split("{").length - 1 };
    })
    .sort((a, b) => a.templates - b.templates);
  return (method, pathname) =>
    routes.find((route) => route.method === method.toLowerCase() && route.regex.test(pathname))?.operation;
}
