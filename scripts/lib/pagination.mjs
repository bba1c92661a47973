/**
 * `x-pagination` → a TypeScript module of typed pagination metadata, checked
 * against the operation it sits on (styles, keys, parameter names).
 */
import { resolveRef } from "./ref.mjs";

// `params` name query parameters, `paths` dot paths into the response body,
// `optional` either. `pageSize` is a number: the server's fixed page size when
// the operation has no page-size parameter. A cursor comes back either in the
// body (`nextCursor`) or as a field of the first/last item (`nextCursorItem`).
const KEYS = {
  offset: { params: ["offset"], paths: ["items"], optional: ["limit", "total", "pageSize"] },
  page: { params: ["page"], paths: ["items"], optional: ["limit", "nextPage", "totalPages", "pageSize"] },
  cursor: { params: ["cursor"], paths: ["items"], optional: ["limit", "nextCursor", "nextCursorItem", "pageSize"] },
};

function fail(vendor, where, message) {
  throw new Error(`${vendor.spec}: ${where}: x-pagination ${message}`);
}

/** Checks one `x-pagination` object and returns its metadata. */
function metaFor(doc, vendor, path, method, operation, pathItem) {
  const where = `${method.toUpperCase()} ${path}`;
  const ext = operation["x-pagination"];
  const keys = KEYS[ext.style];
  if (!keys) fail(vendor, where, `has style "${ext.style}"; use one of ${Object.keys(KEYS).join(", ")}`);
  const known = ["style", ...keys.params, ...keys.paths, ...keys.optional];
  for (const key of Object.keys(ext))
    if (!known.includes(key)) fail(vendor, where, `has unknown key "${key}" for style ${ext.style}`);
  for (const key of [...keys.params, ...keys.paths])
    if (typeof ext[key] !== "string") fail(vendor, where, `needs "${key}"`);
  if (ext.pageSize !== undefined && !(Number.isInteger(ext.pageSize) && ext.pageSize > 0))
    fail(vendor, where, `pageSize must be a positive integer, got ${JSON.stringify(ext.pageSize)}`);
  if (ext.pageSize !== undefined && ext.limit !== undefined)
    fail(vendor, where, "has both pageSize and limit; pageSize is for lists without a page-size parameter");
  if (ext.style === "cursor" && (ext.nextCursor === undefined) === (ext.nextCursorItem === undefined))
    fail(vendor, where, 'needs exactly one of "nextCursor" and "nextCursorItem"');
  if (ext.nextCursorItem !== undefined && !/^(first|last)\.[\w.]+$/.test(ext.nextCursorItem))
    fail(
      vendor,
      where,
      `nextCursorItem must look like "first.id" or "last.id", got ${JSON.stringify(ext.nextCursorItem)}`,
    );
  const query = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
    .map((p) => resolveRef(doc, p))
    .filter((p) => p?.in === "query");
  for (const key of [...keys.params, ...(ext.limit === undefined ? [] : ["limit"])]) {
    if (!query.some((p) => p.name === ext[key]))
      fail(vendor, where, `names query parameter "${ext[key]}" (${key}), which the operation does not declare`);
  }
  // The server's default page size, so a walk without an explicit size still knows a short page is the last.
  const { pageSize, ...rest } = ext;
  const defaultLimit = pageSize ?? query.find((p) => p.name === ext.limit)?.schema?.default;
  return { method, ...rest, ...(Number.isInteger(defaultLimit) ? { defaultLimit } : {}) };
}

/** The source of `pagination.ts` for one bundled spec. */
export function paginationModule(doc, vendor) {
  const entries = {};
  for (const [path, pathItem] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(pathItem)) {
      if (operation && typeof operation === "object" && operation["x-pagination"]) {
        if (entries[path]) fail(vendor, path, "is declared on two methods of one path");
        entries[path] = metaFor(doc, vendor, path, method, operation, pathItem);
      }
    }
  }
  return [
    "/** The list operations of this API and how they paginate (from `x-pagination` in the spec). */",
    `export const pagination = ${JSON.stringify(entries, null, 2)} as const;`,
    "",
    "export type Pagination = typeof pagination;",
    "",
  ].join("\n");
}
