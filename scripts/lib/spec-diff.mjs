/**
 * What changed between two versions of a vendor's bundled OpenAPI document, and
 * which changes break users of the generated client. The diff and its wording
 * come from api-smart-diff (it resolves $refs, so a change to a shared schema is
 * reported at every operation that uses it); its classification is a server's
 * view, so three rules make it a typed client's view: a removed field (request or
 * response) breaks code that names it, and a removed enum value breaks code that
 * compares with it, so both are breaking wherever they are; and a `type` (a list
 * under OpenAPI 3.1) may not lose a member where the client sends it, nor gain one
 * (such as "null") where the client reads it.
 */
import { apiCompare } from "api-smart-diff";

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** "GET /v1/things" or "webhook name" for a diff path, or undefined outside operations. */
function where(path) {
  if ((path[0] === "paths" || path[0] === "webhooks") && path.length >= 3 && METHODS.has(path[2])) {
    return path[0] === "paths" ? `${path[2].toUpperCase()} ${path[1]}` : `webhook ${path[1]}`;
  }
  if (path[0] === "paths" || path[0] === "webhooks") return `${path[0] === "paths" ? "path" : "webhook"} ${path[1]}`;
  return undefined;
}

/** Whether a diff path is in what the client sends (request) or what it reads (a response or a webhook payload). */
function side(path) {
  if (path[0] === "webhooks") return "read";
  if (path.includes("responses")) return "read";
  if (path.includes("requestBody") || path.includes("parameters")) return "send";
  return undefined;
}

const typeSet = (value) => new Set(value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * A change of `type` under OpenAPI 3.1, where `type` may be a list (`[string, "null"]`),
 * which api-smart-diff (an OpenAPI 3.0 tool) does not weigh: what the client sends may
 * not lose a type, what it reads may not gain one (a field that becomes nullable).
 */
function classifyType(diff, where) {
  const atType = diff.path.at(-1) === "type";
  const inList = diff.path.at(-2) === "type";
  if (!atType && !inList) return undefined;
  let lost;
  let gained;
  if (atType) {
    const before = typeSet(diff.before);
    const after = typeSet(diff.after);
    lost = [...before].some((t) => !after.has(t));
    gained = [...after].some((t) => !before.has(t));
  } else {
    lost = diff.action !== "add";
    gained = diff.action !== "remove";
  }
  if (where === "send") return lost ? "breaking" : "non-breaking";
  if (where === "read") return gained ? "breaking" : "non-breaking";
  return lost || gained ? "breaking" : "non-breaking";
}

/** The client's view of one api-smart-diff change: breaking, non-breaking or annotation. */
export function classify(diff) {
  if (diff.type === "annotation") return "annotation";
  const parent = diff.path.at(-2);
  if (diff.action === "remove" && (parent === "properties" || parent === "enum")) return "breaking";
  const byType = classifyType(diff, side(diff.path));
  if (byType) return byType;
  return diff.type === "breaking" ? "breaking" : "non-breaking";
}

/**
 * The changes from `before` to `after` (parsed OpenAPI documents), each with where
 * it is, a sentence, and whether it breaks client code.
 * @returns {{ type: "breaking" | "non-breaking" | "annotation", where: string, message: string }[]}
 */
export function specChanges(before, after) {
  const { diffs } = apiCompare(before, after);
  const changes = [];
  for (const diff of diffs) {
    const at = where(diff.path);
    if (at) {
      const text = diff.description ?? `${diff.action} ${diff.path.slice(3).join(".")}`;
      changes.push({ type: classify(diff), where: at, message: `${at}: ${text}` });
    } else if (diff.path[0] === "components" && diff.path[1] === "schemas" && diff.path.length === 3) {
      // A schema is also an exported type (components["schemas"]["Name"]); changes inside one are
      // reported at the operations that use it, its removal only here.
      if (diff.action === "remove")
        changes.push({
          type: "breaking",
          where: `schema ${diff.path[2]}`,
          message: `schema ${diff.path[2]}: removed (its type components["schemas"]["${diff.path[2]}"] goes too)`,
        });
      else if (diff.action === "add")
        changes.push({
          type: "non-breaking",
          where: `schema ${diff.path[2]}`,
          message: `schema ${diff.path[2]}: added`,
        });
    }
  }
  return changes;
}
