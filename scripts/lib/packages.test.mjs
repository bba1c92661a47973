/**
 * Tests of the tarball rules shared by check:packages and check:release, on a
 * real .tgz written with the system tar, read back with @publint/pack.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readTarball, tarballProblems } from "./packages.mjs";

const manifest = {
  name: "@voiceapis/demo",
  version: "1.0.0",
  main: "./dist/index.cjs",
  module: "./dist/index.js",
  types: "./dist/index.d.ts",
  exports: {
    ".": {
      import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
      require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
    },
    "./openapi.yaml": "./dist/openapi.yaml",
    "./package.json": "./package.json",
  },
  dependencies: { "@voiceapis/core": "^0.2.0" },
};
const good = [
  "LICENSE",
  "README.md",
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
  "dist/openapi.yaml",
];

let dir;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tarball-test-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tarball(files, json = manifest) {
  for (const file of [...files, "package.json"]) {
    const path = join(dir, "package", file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file === "package.json" ? JSON.stringify(json) : `// ${file}\n`);
  }
  const out = join(dir, "pkg.tgz");
  execFileSync("tar", ["-czf", out, "-C", dir, "package"]);
  return readTarball(out);
}

describe("readTarball", () => {
  it("lists every file without the package/ prefix and reads package.json", async () => {
    const { files, json } = await tarball(good);
    expect(files.map((f) => f.path).sort()).toEqual([...good, "package.json"].sort());
    expect(files.find((f) => f.path === "LICENSE").data.toString("utf8")).toBe("// LICENSE\n");
    expect(json.name).toBe("@voiceapis/demo");
  });
});

describe("tarballProblems", () => {
  it("accepts a vendor tarball with only what users need", async () => {
    const { files } = await tarball(good);
    expect(tarballProblems(files, manifest, { vendor: true })).toEqual([]);
  });

  it("names sources, tests and configs that slipped in", async () => {
    const { files } = await tarball([...good, "src/index.ts", "dist/client.test.js", "tsconfig.json"]);
    expect(tarballProblems(files, manifest, { vendor: true })).toEqual([
      "ships src/index.ts, which users do not need",
      "ships dist/client.test.js, which users do not need",
      "ships tsconfig.json, which users do not need",
    ]);
  });

  it("names missing entry points, LICENSE and the vendor spec", async () => {
    const { files } = await tarball(
      good.filter((f) => !["LICENSE", "dist/index.d.cts", "dist/openapi.yaml"].includes(f)),
    );
    expect(tarballProblems(files, manifest, { vendor: true })).toEqual([
      "is missing LICENSE",
      "is missing dist/index.d.cts",
      "is missing dist/openapi.yaml",
    ]);
  });

  it("names workspace: links left in package.json", async () => {
    const json = { ...manifest, dependencies: { "@voiceapis/core": "workspace:^" } };
    const { files } = await tarball(good, json);
    expect(tarballProblems(files, json, { vendor: true })).toEqual([
      'package.json still holds local links: "@voiceapis/core":"workspace:^"',
    ]);
  });
});
