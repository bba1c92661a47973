/**
 * Tests of the release plan the dry run checks `changeset version` against, on a small
 * pnpm workspace with this repo's changesets config: bumps, internal dependents, summaries.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "./manifest.mjs";
import { pendingRelease, releasePlan } from "./release-plan.mjs";

let root;
const write = (path, text) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), typeof text === "string" ? text : JSON.stringify(text));
};
const pkg = (name, version, internalDeps = []) => {
  const dependencies = Object.fromEntries(internalDeps.map((d) => [d, "workspace:^"]));
  write(`packages/${name}/package.json`, { name, version, dependencies });
  return { name, version, internalDeps };
};

let packages;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "release-plan-"));
  write("package.json", { name: "root", private: true });
  write("pnpm-workspace.yaml", "packages:\n  - packages/*\n");
  const config = JSON.parse(readFileSync(join(ROOT, ".changeset", "config.json"), "utf8"));
  write(".changeset/config.json", { ...config, ignore: [] });
  write(".changeset/README.md", "# Changesets\n");
  packages = [pkg("core", "0.1.0"), pkg("a", "0.1.0", ["core"]), pkg("b", "1.0.0", ["a"]), pkg("c", "0.3.0")];
  write(".changeset/one.md", '---\n"core": patch\n---\n\nFix.\n');
  write(".changeset/two.md", '---\n"core": minor\n"c": none\n---\n\nFeature.\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("releasePlan", () => {
  it("gives each package the highest bump of its changesets and patches a dependent its range no longer accepts", async () => {
    // core 0.1.0 → 0.2.0 leaves a's ^0.1.0; a 0.1.0 → 0.1.1 stays inside b's ^0.1.0, so b is not released.
    expect(await releasePlan(root)).toEqual({ core: "minor", a: "patch" });
  });
});

describe("pendingRelease", () => {
  it("says each package's next version, why, and what its changelog must hold", async () => {
    const { changesets, plan } = await pendingRelease(root, packages);
    expect(changesets.map((c) => c.id).sort()).toEqual(["one", "two"]);
    expect(Object.fromEntries([...plan].map(([name, e]) => [name, e.to]))).toEqual({
      core: "0.2.0",
      a: "0.1.1",
      b: "1.0.0",
      c: "0.3.0",
    });
    expect(plan.get("core")).toMatchObject({ reasons: ["patch (one)", "minor (two)"], deps: [] });
    expect(plan.get("core").summaries.sort()).toEqual(["Feature.", "Fix."]);
    expect(plan.get("a")).toMatchObject({ bump: "patch", reasons: ["patch (depends on core)"], deps: ["core"] });
    expect(plan.get("c")).toMatchObject({ bump: undefined, reasons: [], summaries: [] });
  });

  it("rejects a changeset naming an unknown package", async () => {
    write(".changeset/three.md", '---\n"nope": patch\n---\n\nNo such package.\n');
    await expect(pendingRelease(root, packages)).rejects.toThrow(/nope/);
  });
});
