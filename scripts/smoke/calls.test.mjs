/** Tests of the smoke call picked from a spec when scripts/smoke/calls.json is silent. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { stringify } from "yaml";
import { smokeCall } from "./calls.mjs";

let dir;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("skips a GET whose required parameter is a $ref with an escaped name (~1, ~0)", () => {
  dir = mkdtempSync(join(tmpdir(), "smoke-calls-"));
  const required = { name: "id", in: "query", required: true, schema: { type: "string" } };
  const spec = {
    paths: {
      "/needs-id": { get: { parameters: [{ $ref: "#/components/parameters/a~1b~0c" }] } },
      "/items": { get: { "x-pagination": { style: "page" } } },
    },
    components: { parameters: { "a/b~c": required } },
  };
  writeFileSync(join(dir, "openapi.yaml"), stringify(spec));
  const call = smokeCall("not-in-calls-json", join(dir, "openapi.yaml"));
  expect(call).toMatchObject({ create: "createNotInCallsJsonClient", call: { method: "GET", path: "/items" } });
  expect(call.paginate).toEqual({ path: "/items" });
});
