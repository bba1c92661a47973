/**
 * Tests of the release plan the dry run checks `changeset version` against:
 * bumps, internal dependents, and the ranges `pnpm pack` writes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { accepts, expectedPlan, inc, readChangesets } from "./release-plan.mjs";

const pkg = (name, version, internalDeps = []) => ({ name, version, internalDeps });

describe("inc", () => {
  it("bumps x.y.z", () => {
    expect([inc("0.1.0", "patch"), inc("0.1.0", "minor"), inc("0.1.3", "major")]).toEqual(["0.1.1", "0.2.0", "1.0.0"]);
  });
  it("refuses pre-releases", () => {
    expect(() => inc("1.0.0-beta.1", "patch")).toThrow(/only x\.y\.z/);
  });
});

describe("accepts", () => {
  it("reads caret ranges the npm way, 0.x included", () => {
    expect(accepts("^0.2.0", "0.2.5")).toBe(true);
    expect(accepts("^0.1.0", "0.2.0")).toBe(false);
    expect(accepts("^1.2.0", "1.9.0")).toBe(true);
    expect(accepts("^1.2.0", "2.0.0")).toBe(false);
    expect(accepts("^0.0.3", "0.0.4")).toBe(false);
    expect(accepts("0.2.0", "0.2.0")).toBe(true);
    expect(accepts("workspace:^", "0.2.0")).toBe(false);
  });
});

describe("expectedPlan", () => {
  const packages = [pkg("core", "0.1.0"), pkg("a", "0.1.0", ["core"]), pkg("b", "1.0.0", ["a"]), pkg("c", "0.3.0")];

  it("gives each package the highest bump of its changesets and patches its dependents, transitively", () => {
    const plan = expectedPlan(packages, [
      { id: "one", releases: { core: "patch" }, summary: "Fix." },
      { id: "two", releases: { core: "minor", c: "none" }, summary: "Feature." },
    ]);
    expect(Object.fromEntries([...plan].map(([name, e]) => [name, e.to]))).toEqual({
      core: "0.2.0",
      a: "0.1.1",
      b: "1.0.1",
      c: "0.3.0",
    });
    expect(plan.get("a").deps).toEqual(["core"]);
    expect(plan.get("core").summaries).toEqual(["Fix.", "Feature."]);
  });

  it("rejects a changeset naming an unknown package", () => {
    expect(() => expectedPlan(packages, [{ id: "x", releases: { nope: "patch" }, summary: "" }])).toThrow(/nope/);
  });
});

describe("readChangesets", () => {
  let dir;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads front matter and summary, skipping README.md", () => {
    dir = mkdtempSync(join(tmpdir(), "release-plan-"));
    mkdirSync(join(dir, ".changeset"));
    writeFileSync(join(dir, ".changeset", "README.md"), "# Changesets\n");
    writeFileSync(join(dir, ".changeset", "brave-cats.md"), '---\n"@voiceapis/core": minor\n---\n\nAdds retries.\n');
    expect(readChangesets(dir)).toEqual([
      { id: "brave-cats", releases: { "@voiceapis/core": "minor" }, summary: "Adds retries." },
    ]);
  });
});
