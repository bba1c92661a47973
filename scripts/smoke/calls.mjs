/**
 * What the smoke tests call for one vendor: the entry in scripts/smoke/calls.json,
 * completed from the vendor's bundled spec where the entry is silent, so a new
 * vendor is covered without an edit.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { resolveRef } from "../lib/ref.mjs";

const CALLS = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "calls.json"), "utf8"));

const pascal = (slug) => slug.replace(/(^|[-_])([a-z0-9])/g, (_, __, c) => c.toUpperCase());

function requiredParams(doc, pathItem, operation) {
  return [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
    .map((p) => resolveRef(doc, p))
    .filter((p) => p?.required);
}

/** The first GET of the spec (optionally: with `x-pagination`) that needs no parameters. */
function firstGet(doc, paginated) {
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const op = item.get;
    if (op && (!paginated || op["x-pagination"]) && requiredParams(doc, item, op).length === 0) return { path };
  }
  return undefined;
}

/**
 * @param {string} slug
 * @param {string} specFile the bundled spec (the installed package's dist/openapi.yaml)
 * @returns {{ slug: string, create: string, apiKey?: string, options: object, call: { method: string, path: string, init?: object, expect?: string }, paginate?: { path: string, init?: object } }}
 */
export function smokeCall(slug, specFile) {
  const entry = CALLS[slug] ?? {};
  let doc;
  const spec = () => (doc ??= parse(readFileSync(specFile, "utf8")));
  const call = entry.call ? { ...entry.call } : firstGet(spec(), false);
  if (!call)
    throw new Error(
      `No smoke call for ${slug}: its spec has no GET without required parameters; add one to scripts/smoke/calls.json.`,
    );
  const paginate = entry.paginate ?? firstGet(spec(), true);
  return {
    slug,
    create: entry.create ?? `create${pascal(slug)}Client`,
    apiKey: entry.apiKey,
    options: entry.options ?? {},
    call: { method: "GET", ...call },
    paginate,
  };
}
