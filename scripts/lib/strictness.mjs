/**
 * Response-side strictness of a bundled OpenAPI 3.1 document, and how it
 * compares with a vendor's reviewed list.
 *
 * "Response side" is every schema a vendor sends us: response bodies and
 * headers (also through `components/responses` and `components/headers`) and
 * webhook payloads, followed through `$ref`, `allOf`/`oneOf`/`anyOf`,
 * `properties`, `items`, `prefixItems` and `additionalProperties`. A schema
 * that requests use too counts as response side as soon as a response reaches it.
 *
 * Each strictness found is a candidate with a stable, readable key
 * `<location> <keyword>`:
 *   location  `Lead` (a component schema), `Lead.status` (a property),
 *             `LeadList.data[]` (array items), `Meta{}` (additionalProperties),
 *             `Pet.oneOf[1]` (a branch), `listLeads:200` (an inline response
 *             body; `:<media type>` added unless JSON), `response:NotFound`
 *             (a component response), `listLeads:200:header:X-Total`,
 *             `webhook:call_ended` (a webhook payload).
 *   keyword   required (the location is then the required property), enum,
 *             const, pattern, format, integer (`type: integer` without
 *             `number`), additionalProperties (`false`), unevaluatedProperties
 *             (`false`).
 * A candidate is marked when the schema that holds the keyword carries an
 * `x-assumption`. For `required` the note may sit on the object schema or on
 * the property's own schema as written (before any `$ref` is followed), and it
 * must speak of requiredness (contain "requir"): an object's note is often
 * about something else, such as nullability, and must not excuse its
 * `required` list by accident.
 */
import { resolveRef } from "./ref.mjs";

export const KEYWORDS = [
  "required",
  "enum",
  "const",
  "pattern",
  "format",
  "integer",
  "additionalProperties",
  "unevaluatedProperties",
];

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function decodePointer(ref) {
  return ref
    .replace(/^#\/?/, "")
    .split("/")
    .filter((s) => s !== "")
    .map((s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~"));
}

function resolvePointer(doc, ref) {
  const node = ref.startsWith("#/") ? resolveRef(doc, { $ref: ref }) : undefined;
  if (node === undefined) throw new Error(`Cannot resolve $ref ${ref} (a bundled spec holds local ones only).`);
  return node;
}

/** The location label of a $ref target: the component name, or the pointer itself. */
function refLabel(ref, kind) {
  const parts = decodePointer(ref);
  if (parts[0] === "components" && parts.length === 3) {
    if (kind === "schema" && parts[1] === "schemas") return parts[2];
    return `${parts[1].replace(/s$/, "")}:${parts[2]}`;
  }
  return ref;
}

const hasAssumption = (node) =>
  node != null &&
  typeof node === "object" &&
  typeof node["x-assumption"] === "string" &&
  node["x-assumption"].trim() !== "";
const speaksOfRequired = (node) => hasAssumption(node) && /requir/i.test(node["x-assumption"]);

function isIntegerNarrowing(type) {
  const types = Array.isArray(type) ? type : [type];
  return types.includes("integer") && !types.includes("number");
}

/**
 * Every response-side strictness of `doc`, sorted by key, each as
 * `{ key, location, keyword, marked }`. Deduplicated by key.
 */
export function findStrictness(doc) {
  const found = new Map();
  const visited = new Set();

  const add = (location, keyword, marked) => {
    const key = `${location} ${keyword}`;
    const previous = found.get(key);
    found.set(key, { key, location, keyword, marked: Boolean(marked) || Boolean(previous?.marked) });
  };

  function followRef(ref) {
    if (visited.has(ref)) return;
    visited.add(ref);
    walkSchema(resolvePointer(doc, ref), refLabel(ref, "schema"));
  }

  function walkSchema(schema, location) {
    if (schema == null || typeof schema !== "object") return;
    if (typeof schema.$ref === "string") followRef(schema.$ref);
    const marked = hasAssumption(schema);

    if (Array.isArray(schema.required)) {
      for (const name of schema.required)
        add(`${location}.${name}`, "required", speaksOfRequired(schema) || speaksOfRequired(schema.properties?.[name]));
    }
    if (Array.isArray(schema.enum)) add(location, "enum", marked);
    if ("const" in schema) add(location, "const", marked);
    if (typeof schema.pattern === "string") add(location, "pattern", marked);
    if (typeof schema.format === "string") add(location, "format", marked);
    if (schema.type !== undefined && isIntegerNarrowing(schema.type)) add(location, "integer", marked);
    if (schema.additionalProperties === false) add(location, "additionalProperties", marked);
    if (schema.unevaluatedProperties === false) add(location, "unevaluatedProperties", marked);

    for (const [name, sub] of Object.entries(schema.properties ?? {})) walkSchema(sub, `${location}.${name}`);
    if (schema.items && typeof schema.items === "object") walkSchema(schema.items, `${location}[]`);
    for (const [i, sub] of (schema.prefixItems ?? []).entries()) walkSchema(sub, `${location}[${i}]`);
    if (schema.additionalProperties && typeof schema.additionalProperties === "object")
      walkSchema(schema.additionalProperties, `${location}{}`);
    for (const combinator of ["allOf", "oneOf", "anyOf"]) {
      for (const [i, sub] of (schema[combinator] ?? []).entries()) walkSchema(sub, `${location}.${combinator}[${i}]`);
    }
  }

  function walkContent(content, location) {
    const entries = Object.entries(content ?? {});
    for (const [mediaType, media] of entries) {
      const isJson = /^application\/(.+\+)?json/.test(mediaType);
      walkSchema(media?.schema, isJson ? location : `${location}:${mediaType}`);
    }
  }

  function walkHeaders(headers, location) {
    for (const [name, header] of Object.entries(headers ?? {})) {
      if (typeof header?.$ref === "string") {
        if (visited.has(header.$ref)) continue;
        visited.add(header.$ref);
        walkSchema(resolvePointer(doc, header.$ref).schema, refLabel(header.$ref, "header"));
      } else walkSchema(header?.schema, `${location}:header:${name}`);
    }
  }

  function walkResponse(response, location) {
    if (typeof response?.$ref === "string") {
      if (visited.has(response.$ref)) return;
      visited.add(response.$ref);
      walkResponse(resolvePointer(doc, response.$ref), refLabel(response.$ref, "response"));
      return;
    }
    walkContent(response?.content, location);
    walkHeaders(response?.headers, location);
  }

  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = typeof rawItem?.$ref === "string" ? resolvePointer(doc, rawItem.$ref) : rawItem;
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      const name = operation.operationId ?? `${method.toUpperCase()} ${path}`;
      for (const [status, response] of Object.entries(operation.responses ?? {}))
        walkResponse(response, `${name}:${status}`);
    }
  }
  for (const [name, rawItem] of Object.entries(doc.webhooks ?? {})) {
    const item = typeof rawItem?.$ref === "string" ? resolvePointer(doc, rawItem.$ref) : rawItem;
    for (const method of METHODS) {
      let body = item?.[method]?.requestBody;
      if (!body) continue;
      if (typeof body.$ref === "string") body = resolvePointer(doc, body.$ref);
      walkContent(body.content, `webhook:${name}`);
    }
  }

  return [...found.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Compares the candidates with a reviewed list (`{ "<location> <keyword>": basis }`):
 * `unreviewed` are unmarked candidates with no entry; `stale` are entries that
 * match no candidate; `empty` are entries without a basis.
 */
export function compareWithReview(candidates, reviewed) {
  const keys = new Set(candidates.map((c) => c.key));
  const entries = Object.entries(reviewed ?? {});
  return {
    unreviewed: candidates.filter((c) => !c.marked && !(c.key in (reviewed ?? {}))),
    stale: entries.filter(([key]) => !keys.has(key)).map(([key]) => key),
    empty: entries.filter(([, basis]) => typeof basis !== "string" || basis.trim() === "").map(([key]) => key),
  };
}
