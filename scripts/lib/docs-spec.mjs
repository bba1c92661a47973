/**
 * The docs-only view of a bundled spec, for `pnpm docs`: every note of ours
 * (`x-assumption`, `x-partial-docs`, `x-doc-status`) is written into the
 * description of the thing it sits on, so the rendered reference shows it, and
 * the API's own description gains a list of every note and every deprecated
 * operation. Works on a copy; the spec files are never changed.
 */
import { resolveRef } from "./ref.mjs";

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** Our notes and how the reference labels them. */
const NOTES = {
  "x-assumption": "Assumption",
  "x-partial-docs": "Partly documented",
  "x-doc-status": "Documentation status",
};

const noteText = (key, value) =>
  key === "x-doc-status" && value === "earlier-version"
    ? "only an earlier version of the vendor's docs lists this operation"
    : String(value).trim();

/** `description` plus one labelled paragraph per note. */
function withNotes(description, notes) {
  const parts = description?.trim() ? [description.trim()] : [];
  for (const note of notes) parts.push(`**${note.label}:** ${note.text}`);
  return parts.join("\n\n");
}

/** A reader's name for the place a note sits, from its path in the spec. */
export function placeName(spec, path) {
  const [root, a, b] = path;
  if (root === "info") return "the whole API";
  if (root === "servers") return `server ${spec.servers[a].url}`;
  if (root === "tags") return `tag ${spec.tags[a].name}`;
  let node = spec;
  let name = "";
  let rest = path;
  if (root === "paths" || root === "webhooks") {
    const what = root === "webhooks" ? `webhook ${a}` : a;
    name = METHODS.has(b) ? `${b.toUpperCase()} ${what}` : what;
    node = spec[root][a];
    rest = path.slice(2);
    if (METHODS.has(b)) {
      node = node[b];
      rest = path.slice(3);
    }
  } else if (root === "components") {
    const label = a === "parameters" ? spec.components.parameters[b].name : b;
    name = `${a.replace(/ies$/, "y").replace(/s$/, "")} ${label}`;
    node = spec.components[a][b];
    rest = path.slice(3);
  }
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i];
    const next = rest[i + 1];
    if (key === "parameters") name += ` parameter ${resolveRef(spec, node.parameters[next])?.name ?? next}`;
    else if (key === "requestBody") name += " request body";
    else if (key === "responses") name += ` response ${next}`;
    else if (key === "headers") name += ` header ${next}`;
    else if (key === "properties") name += `.${next}`;
    else if (key === "items") name += "[]";
    else if (key === "additionalProperties") name += "{}";
    else if (["allOf", "oneOf", "anyOf"].includes(key)) name += ` ${key}[${next}]`;
    node = node[key];
    if (["parameters", "responses", "headers", "properties", "allOf", "oneOf", "anyOf", "content"].includes(key)) {
      node = node[next];
      i++;
    }
  }
  return name.trim();
}

/**
 * @param {any} bundled the bundled spec (parsed); not changed
 * @returns {{ spec: any, notes: { key: string, label: string, place: string, text: string }[],
 *   operations: number, webhooks: number, deprecated: string[] }}
 */
export function docsSpec(bundled) {
  const spec = structuredClone(bundled);
  const notes = [];
  const pending = new Map(); // node → its notes, written once the walk is done

  /** A node's own notes come first, then those it takes over from a place the reference does not render. */
  const addNotes = (target, found, inherited = false) => {
    if (!pending.has(target)) pending.set(target, { own: [], inherited: [] });
    pending.get(target)[inherited ? "inherited" : "own"].push(...found);
  };

  const walk = (node, path) => {
    if (!node || typeof node !== "object") return;
    if (!Array.isArray(node)) {
      const found = Object.entries(NOTES)
        .filter(([key]) => node[key] !== undefined)
        .map(([key, label]) => ({ key, label, text: noteText(key, node[key]), place: placeName(bundled, path) }));
      if (found.length) {
        notes.push(...found);
        const [root] = path;
        const isPathItem = (root === "paths" || root === "webhooks") && path.length === 2;
        if (isPathItem) {
          // Path items have no rendered description: the note goes to each of its operations.
          for (const method of Object.keys(node).filter((k) => METHODS.has(k))) addNotes(node[method], found, true);
        } else if (root === "servers") addNotes(spec.info, found, true);
        else addNotes(node, found);
      }
    }
    for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
  };
  walk(spec, []);
  for (const [node, { own, inherited }] of pending)
    node.description = withNotes(node.description, [...own, ...inherited]);

  let operations = 0;
  let webhooks = 0;
  const deprecated = [];
  for (const root of ["paths", "webhooks"]) {
    for (const [route, item] of Object.entries(spec[root] ?? {})) {
      for (const [method, operation] of Object.entries(item).filter(([k]) => METHODS.has(k))) {
        if (root === "paths") operations++;
        else webhooks++;
        if (operation.deprecated)
          deprecated.push(`${method.toUpperCase()} ${root === "webhooks" ? "webhook " : ""}${route}`);
      }
    }
  }

  spec.info.description = [spec.info.description?.trim(), appendix(notes, deprecated)].filter(Boolean).join("\n\n");
  return { spec, notes, operations, webhooks, deprecated };
}

/** The section listing every deprecated operation and every note, at the end of the API's description. */
function appendix(notes, deprecated) {
  const lines = [];
  if (deprecated.length) {
    lines.push("## Deprecated operations", "", "Still documented by the vendor, but on their way out:", "");
    for (const op of deprecated) lines.push(`- \`${op}\``);
    lines.push("");
  }
  lines.push(
    "## What the vendor's docs did not say",
    "",
    notes.length
      ? `Where the vendor's docs are silent, unclear or incomplete, the spec records the choice it made. There are ${notes.length} such notes; each one is also shown next to the thing it is about.`
      : "The spec records no choice beyond the vendor's docs.",
    "",
  );
  for (const note of notes)
    lines.push(`- **${note.place}** (${note.label.toLowerCase()}): ${note.text.replace(/\s+/g, " ")}`);
  return lines.join("\n").trim();
}
