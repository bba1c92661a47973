/**
 * Documented numeric bounds (`minimum`, `maximum`, the exclusive ones, `type:
 * integer`) → the two places they matter once the types say only `number`:
 *   - `bounds.ts`: a small table of the bounded query and path parameters, per
 *     path and method, that the runtime checks before a request is sent;
 *   - the generated JSDoc: each bounded parameter or property gets a sentence
 *     naming its range, so an editor shows "1 to 200" where `limit` is typed.
 */
import { resolveRef } from "./ref.mjs";

const KEYS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];

function types(schema) {
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

/** The numeric bound of a schema, or undefined when it has none (or is not a number). */
export function numericBound(schema) {
  if (!schema || typeof schema !== "object") return undefined;
  const kinds = types(schema).filter((t) => t !== "null");
  if (kinds.length !== 1 || !["integer", "number"].includes(kinds[0])) return undefined;
  const bound = {};
  if (kinds[0] === "integer") bound.integer = true;
  for (const key of KEYS) if (typeof schema[key] === "number") bound[key] = schema[key];
  return Object.keys(bound).length > (bound.integer ? 1 : 0) ? bound : undefined;
}

/** "an integer from 1 to 200", "an integer ≥ 0", "a number > 0 and ≤ 1": the same words the runtime uses. */
export function describeBound(b) {
  const what = b.integer ? "an integer" : "a number";
  if (b.minimum !== undefined && b.maximum !== undefined) return `${what} from ${b.minimum} to ${b.maximum}`;
  const parts = [];
  if (b.minimum !== undefined) parts.push(`≥ ${b.minimum}`);
  if (b.exclusiveMinimum !== undefined) parts.push(`> ${b.exclusiveMinimum}`);
  if (b.maximum !== undefined) parts.push(`≤ ${b.maximum}`);
  if (b.exclusiveMaximum !== undefined) parts.push(`< ${b.exclusiveMaximum}`);
  return `${what} ${parts.join(" and ")}`;
}

function withSentence(description, bound) {
  const sentence = `Must be ${describeBound(bound)}.`;
  if (description?.includes(sentence)) return description;
  return description ? `${description.trimEnd()} ${sentence}` : sentence;
}

/**
 * Adds the bound sentence to the description of every bounded parameter and
 * inline property of `doc`, in place (each object once), for the JSDoc that
 * openapi-typescript writes from descriptions.
 */
export function describeBounds(doc) {
  const seen = new WeakSet();
  const annotated = new WeakSet();
  const visit = (node) => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node.in === "string" && node.schema) {
      const bound = numericBound(resolveRef(doc, node.schema));
      if (bound && !annotated.has(node)) {
        annotated.add(node);
        node.description = withSentence(node.description, bound);
      }
    }
    if (node.properties && typeof node.properties === "object") {
      for (const property of Object.values(node.properties)) {
        const bound = !property?.$ref && numericBound(property);
        if (bound && !annotated.has(property)) {
          annotated.add(property);
          property.description = withSentence(property.description, bound);
        }
      }
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(doc);
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** The source of `bounds.ts` for one bundled spec. */
export function boundsModule(doc) {
  const lines = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      // An operation's parameter overrides the path item's one of the same name and place.
      const byKey = new Map();
      for (const p of [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((x) => resolveRef(doc, x))) {
        if (p?.in === "query" || p?.in === "path") byKey.set(`${p.in} ${p.name}`, p);
      }
      const entry = {};
      for (const p of byKey.values()) {
        const bound = numericBound(resolveRef(doc, p.schema));
        if (bound) (entry[p.in] ??= {})[p.name] = bound;
      }
      if (Object.keys(entry).length > 0)
        lines.push(`  ${JSON.stringify(`${method} ${path}`)}: ${JSON.stringify(entry)},`);
    }
  }
  return [
    'import type { ParameterBounds } from "@voiceapis/core/runtime";',
    "",
    "/**",
    " * The documented bounds of numeric query and path parameters, per `method path`",
    " * (from the spec). The client checks them before a request is sent.",
    " */",
    "export const bounds: ParameterBounds = {",
    ...lines,
    "};",
    "",
  ].join("\n");
}
