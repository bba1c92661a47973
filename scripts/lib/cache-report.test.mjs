/** Tests of the build-cache check's reading of run summaries and work trees. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hashTree, remoteMisses, subtreeHash, taskCount, treeDifferences } from "./cache-report.mjs";

const task = (taskId, hash, extra = {}) => ({
  taskId,
  hash,
  command: "tsup",
  inputs: { "src/index.ts": "aaa", "package.json": "bbb" },
  hashOfExternalDependencies: "ext",
  environmentVariables: { specified: { env: [] } },
  resolvedTaskDefinition: { outputs: ["dist/**"] },
  dependencies: [],
  cache: { status: "HIT", source: "REMOTE", local: false, remote: true },
  ...extra,
});
const summary = (tasks) => ({ globalCacheInputs: { files: {}, hashOfExternalDependencies: "root" }, tasks });

describe("remoteMisses", () => {
  it("finds none when every task of the second run is a remote hit", () => {
    const first = summary([task("core#build", "h1", { cache: { status: "MISS" } })]);
    const second = summary([task("core#build", "h1"), task("x#build", "h2", { command: "<NONEXISTENT>" })]);
    expect(remoteMisses(first, second)).toEqual([]);
    expect(taskCount(second)).toBe(1);
  });

  it("names the input whose hash differs", () => {
    const first = summary([task("core#build", "h1")]);
    const second = summary([
      task("core#build", "h9", { inputs: { "src/index.ts": "zzz", "package.json": "bbb" }, cache: { status: "MISS" } }),
    ]);
    expect(remoteMisses(first, second)).toEqual([
      { taskId: "core#build", status: "MISS", reasons: ["input src/index.ts differs"] },
    ]);
  });

  it("names a dependency whose key differs, and a local hit as not served remotely", () => {
    const first = summary([task("core#build", "h1"), task("voxfra#build", "h2", { dependencies: ["core#build"] })]);
    const second = summary([
      task("core#build", "h1b", { inputs: { "src/index.ts": "aaa", "package.json": "bbb", "src/new.ts": "n" } }),
      task("voxfra#build", "h2b", { dependencies: ["core#build"], cache: { status: "HIT", source: "LOCAL" } }),
    ]);
    const misses = remoteMisses(first, second);
    expect(misses.map((m) => m.taskId)).toEqual(["voxfra#build"]);
    expect(misses[0].status).toBe("HIT from LOCAL");
    expect(misses[0].reasons).toEqual(["it depends on core#build, whose key differs"]);
  });

  it("says when the key is the same but the first run did not upload it", () => {
    const first = summary([task("core#build", "h1")]);
    const second = summary([task("core#build", "h1", { cache: { status: "MISS" } })]);
    expect(remoteMisses(first, second)[0].reasons[0]).toMatch(/did not upload it/);
  });
});

describe("work trees", () => {
  let dir;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const tree = (files) => {
    const root = mkdtempSync(join(dir, "t-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return hashTree(root);
  };

  it("names an output the second run lacks and a file that differs, leaving out node_modules and .turbo", () => {
    dir = mkdtempSync(join(tmpdir(), "cache-report-"));
    const a = tree({
      "p/dist/index.js": "1",
      "p/dist/extra.js": "x",
      "p/LICENSE": "L",
      "node_modules/x.js": "a",
      ".turbo/log": "a",
    });
    const b = tree({ "p/dist/index.js": "2", "p/LICENSE": "L", "node_modules/x.js": "b", ".turbo/log": "b" });
    expect([...a.keys()].sort()).toEqual(["p/LICENSE", "p/dist/extra.js", "p/dist/index.js"]);
    expect(treeDifferences(a, b)).toEqual([
      "p/dist/extra.js: made by the first run, missing after the second (an undeclared output?)",
      "p/dist/index.js: differs between the runs",
    ]);
    expect(treeDifferences(a, a)).toEqual([]);
    expect(subtreeHash(a, "p/dist/")).not.toBe(subtreeHash(b, "p/dist/"));
    expect(subtreeHash(a, "q/")).toBeUndefined();
  });
});
