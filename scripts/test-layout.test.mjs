/**
 * The test layout (CONTRIBUTING.md, Tests): every test of a workspace package lives under its
 * test/, none under src/ (which the build configs no longer exclude anything from, and which the
 * vitest configs do not search); and every vendor package has the coverage file its config runs last.
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

const packageDirs = ["packages", "tools"].flatMap((group) =>
  readdirSync(join(ROOT, group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, group, entry.name, "package.json")))
    .map((entry) => join(ROOT, group, entry.name)),
);

describe("test layout", () => {
  it("no test file lives under a package's src/", () => {
    const misplaced = packageDirs
      .flatMap((dir) => filesUnder(join(dir, "src")))
      .filter((file) => /\.test(-d)?\.[cm]?[jt]s$/.test(file))
      .map((file) => relative(ROOT, file));
    expect(misplaced).toEqual([]);
  });

  it("every vendor package has test/coverage.test.ts", () => {
    const missing = vendors()
      .map((vendor) => join("packages", vendor.slug, "test", "coverage.test.ts"))
      .filter((file) => !existsSync(join(ROOT, file)));
    expect(missing).toEqual([]);
  });
});
