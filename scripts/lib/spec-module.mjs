/**
 * src/generated/spec.ts: the bundled spec as a JavaScript module, for the
 * package's `testing` entry (its fake checks requests against it and answers
 * with its examples). Descriptions, summaries and `x-` notes are left out: the
 * fake does not read them, and the package ships the full spec as openapi.yaml.
 * The spec is a JSON string parsed at load, which keeps the type checker from
 * reading it as a literal type.
 */

/** Keys whose values are maps of names (a property called `description` is kept). */
const NAME_MAPS = new Set(["properties", "patternProperties", "$defs", "schemas", "headers", "responses", "paths"]);
/** Keys whose values are data, kept as they are. */
const DATA = new Set(["example", "examples", "default", "const", "enum"]);

function strip(node, parentKey) {
  if (Array.isArray(node)) return node.map((item) => strip(item, undefined));
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (NAME_MAPS.has(parentKey)) out[key] = strip(value, undefined);
    else if (DATA.has(key)) out[key] = value;
    else if ((key === "description" || key === "summary") && typeof value === "string") continue;
    else if (key.startsWith("x-")) continue;
    else out[key] = strip(value, key);
  }
  return out;
}

/** The module's source (without the generated-file header). */
export function specModule(doc) {
  const json = JSON.stringify(strip(doc, undefined));
  return [
    "/** The bundled spec without descriptions, for the `testing` entry; the main entry never imports it. */",
    `export const spec: unknown = JSON.parse(${JSON.stringify(json)});`,
    "",
  ].join("\n");
}
