/**
 * The test layout (CONTRIBUTING.md, Tests): every test of a workspace package lives under its
 * test/, none under src/ (which the build configs no longer exclude anything from, and which the
 * vitest configs do not search), under a name they run (a `*.spec.ts` never runs); and every vendor
 * package has the coverage file its config runs last.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, vendors } from "./lib/manifest.mjs";

/** Every file under `dir`, recursively (generated code included). */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A test file by its name (`*.test.ts`, `*.spec.mts`, `*.test-d.ts` …), and the names the vitest configs run. */
const TEST_FILE = /\.(test|spec)(-d)?\.[cm]?[jt]sx?$/;
const RUN_BY_VITEST = /\.test(-d)?\.ts$/;

const packageDirs = ["packages", "tools"].flatMap((group) =>
  readdirSync(join(ROOT, group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, group, entry.name, "package.json")))
    .map((entry) => join(ROOT, group, entry.name)),
);

describe("test layout", () => {
  it("no test file lives under a package's src/", () => {
    const misplaced = packageDirs
      .flatMap((dir) => filesUnder(join(dir, "src")))
      .filter((file) => TEST_FILE.test(file))
      .map((file) => relative(ROOT, file));
    expect(misplaced).toEqual([]);
  });

  it("every test file under a package's test/ has a name the vitest configs run (*.test.ts, *.test-d.ts)", () => {
    const unrun = packageDirs
      .flatMap((dir) => filesUnder(join(dir, "test")))
      .filter((file) => TEST_FILE.test(file) && !RUN_BY_VITEST.test(file))
      .map((file) => relative(ROOT, file));
    expect(unrun).toEqual([]);
  });

  it("knows a test file by its name, whatever the convention", () => {
    const names = ["retry.test.ts", "retry.spec.ts", "types.test-d.ts", "retry.spec.mjs", "retry.test.mts"];
    expect(names.filter((n) => TEST_FILE.test(n))).toEqual(names);
    expect(names.filter((n) => RUN_BY_VITEST.test(n))).toEqual(["retry.test.ts", "types.test-d.ts"]);
    expect(TEST_FILE.test("helpers.ts")).toBe(false);
  });

  it("every vendor package has test/coverage.test.ts", () => {
    const missing = vendors()
      .map((vendor) => join("packages", vendor.slug, "test", "coverage.test.ts"))
      .filter((file) => !existsSync(join(ROOT, file)));
    expect(missing).toEqual([]);
  });
});
