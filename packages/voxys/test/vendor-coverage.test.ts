/**
 * Every operation the vendor documents (333, listed in fixtures/vendor-operations.json
 * from the facts about the Voxys docs) is in the spec: same method, same path,
 * and its vendor operationId recorded in `x-vendor-operation-id`. Two of them
 * share one route (see "reports/conversations" below).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBundledSpec } from "./support.js";

const spec = readBundledSpec();
/** [method, path, vendor operationId] of each documented operation. */
const documented: [string, string, string][] = JSON.parse(
  readFileSync(new URL("./fixtures/vendor-operations.json", import.meta.url), "utf8"),
);

/** The vendor's ids recorded on each operation of the spec, by "method path". */
const recorded = new Map<string, string[]>();
for (const [path, item] of Object.entries(spec.paths)) {
  for (const method of ["get", "put", "post", "patch", "delete"] as const) {
    const id = item[method]?.["x-vendor-operation-id"];
    if (item[method]) recorded.set(`${method} ${path}`, id === undefined ? [] : [id].flat());
  }
}

describe("vendor coverage", () => {
  it("lists 333 documented operations with unique ids", () => {
    expect(documented).toHaveLength(333);
    expect(new Set(documented.map(([, , id]) => id)).size).toBe(333);
  });

  it("every documented operation is in the spec at its method and path, under its vendor id", () => {
    const missing = documented.filter(
      ([method, path, id]) => !recorded.get(`${method} ${path.replace(/\/$/, "")}`)?.includes(id),
    );
    expect(missing).toEqual([]);
  });

  it("every operation of the spec is a documented one", () => {
    const ids = new Set(documented.map(([, , id]) => id));
    const extra = [...recorded].filter(
      ([, vendorIds]) => vendorIds.length === 0 || vendorIds.some((id) => !ids.has(id)),
    );
    expect(extra).toEqual([]);
  });

  it("the two conversation-metrics routes that differ by a trailing slash are one operation with both ids", () => {
    expect(recorded.get("get /api/v2/accounts/{account_id}/reports/conversations")).toEqual([
      "get-account-conversation-metrics",
      "get-agent-conversation-metrics",
    ]);
    expect(recorded.has("get /api/v2/accounts/{account_id}/reports/conversations/")).toBe(false);
  });
});
