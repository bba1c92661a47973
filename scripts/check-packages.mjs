#!/usr/bin/env node
/**
 * pnpm check:packages [name-or-slug…]
 *
 * Checks every publishable package (packages/*, found on disk) the way it will be
 * published: packs it with `pnpm pack`, then on the tarball runs
 *   - publint (every message counts, suggestions included),
 *   - Are the Types Wrong (`attw`, node16 profile: node16 from CJS, node16 from ESM
 *     and bundler must all resolve the right types; data files such as
 *     `./openapi.yaml` are not code and are left out),
 *   - the manifest rules (strict `exports`, `files`, `sideEffects: false`, `engines`),
 *   - the tarball contents (dist/, README.md, LICENSE, package.json; a vendor also
 *     ships dist/openapi.yaml and its README says how to mock from it),
 *   - the test kit's isolation: `./testing` is an entry of its own, and nothing else in
 *     dist/ imports it or its validator (so the main entry is unchanged by it).
 * Bundle sizes are checked by size-limit (`pnpm size`, .size-limit.json).
 * Prints one table row per package and fails when any cell is not "ok".
 * Run `pnpm build` first.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { mapLimit, pack, readTarball, tarballProblems, workspacePackages } from "./lib/packages.mjs";

function publintOf(tarball) {
  const buf = readFileSync(tarball);
  return publint({
    pack: { tarball: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) },
    level: "suggestion",
    strict: true,
  }).then(({ messages, pkg }) => messages.map((m) => `publint ${m.type}: ${formatMessage(m, pkg, { color: false })}`));
}

/**
 * Are the Types Wrong on the tarball, node16 profile (node10 resolution is not checked);
 * export subpaths that point at data files (not JS/JSON) are not type entry points.
 */
async function attwOf(tarball, json) {
  const excludeEntrypoints = Object.entries(json.exports ?? {})
    .filter(([, target]) => typeof target === "string" && !/\.(c|m)?js$|\.json$/.test(target))
    .map(([subpath]) => subpath);
  const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(readFileSync(tarball))), {
    excludeEntrypoints,
  });
  if (!analysis.types) return ["attw: the package ships no types"];
  return analysis.problems
    .filter((p) => p.resolutionKind !== "node10")
    .map((p) => `attw ${p.kind}: ${p.entrypoint ?? ""} (${p.resolutionKind ?? "all"})`);
}

/** The manifest rules of the design: strict exports, ESM + CJS with their own types, files, sideEffects, engines. */
function manifestProblems(pkg) {
  const { json } = pkg;
  const problems = [];
  const dot = json.exports?.["."];
  const want = {
    import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
    require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
  };
  if (JSON.stringify(dot) !== JSON.stringify(want)) problems.push(`exports["."] must be ${JSON.stringify(want)}`);
  // Core's second entry, ./runtime, is what vendor packages are built from (not public API).
  // Every package has ./testing, the test kit for users' tests (testingProblems checks it).
  const allowed = [".", "./package.json", "./testing", ...(pkg.vendor ? ["./openapi.yaml"] : ["./runtime"])];
  for (const key of Object.keys(json.exports ?? {}))
    if (!allowed.includes(key)) problems.push(`exports has "${key}", beyond ${allowed.join(", ")}`);
  if (pkg.vendor && json.exports?.["./openapi.yaml"] !== "./dist/openapi.yaml")
    problems.push('exports needs "./openapi.yaml": "./dist/openapi.yaml"');
  if (json.exports?.["./package.json"] !== "./package.json")
    problems.push('exports needs "./package.json": "./package.json"');
  if (JSON.stringify(json.files) !== JSON.stringify(["dist"]))
    problems.push('files must be ["dist"] (README.md and LICENSE are always packed)');
  if (json.sideEffects !== false) problems.push("sideEffects must be false");
  if (!json.engines?.node) problems.push("engines.node is missing");
  if (json.type !== "module") problems.push('type must be "module"');
  if (!json.license) problems.push("license is missing");
  if (json.main !== "./dist/index.cjs" || json.module !== "./dist/index.js" || json.types !== "./dist/index.d.ts") {
    problems.push(
      "main/module/types must be ./dist/index.cjs, ./dist/index.js, ./dist/index.d.ts (for tools that ignore exports)",
    );
  }
  return problems;
}

/**
 * The test kit costs production nothing: `./testing` is its own entry (ESM + CJS, each with
 * types), and no other file of dist/ (the main entry, core's runtime, their chunks) imports
 * it or its validator, so the main entry and its size are what they were without it.
 */
function testingProblems(pkg) {
  const want = {
    import: { types: "./dist/testing.d.ts", default: "./dist/testing.js" },
    require: { types: "./dist/testing.d.cts", default: "./dist/testing.cjs" },
  };
  const problems = [];
  if (JSON.stringify(pkg.json.exports?.["./testing"]) !== JSON.stringify(want))
    problems.push(`exports["./testing"] must be ${JSON.stringify(want)}`);
  const dist = join(pkg.dir, "dist");
  for (const file of readdirSync(dist).filter((f) => /\.(c|m)?js$/.test(f) && !f.startsWith("testing."))) {
    const code = readFileSync(join(dist, file), "utf8");
    if (/["'](?:\.\/testing\.c?js|@voiceapis\/[\w-]+\/testing|ajv(?:-formats)?(?:\/[^"']*)?)["']/.test(code))
      problems.push(`dist/${file} imports the test kit or its validator; only dist/testing.* may`);
  }
  return problems;
}

/** A vendor package exports none of `@voiceapis/core/runtime`'s values (createApiClient, readEnv, …): they are not public API. */
async function runtimeLeaks(pkg) {
  if (!pkg.vendor) return [];
  const runtime = await import(pathToFileURL(join(pkg.dir, "..", "core", "dist", "runtime.js")).href);
  const exported = await import(pathToFileURL(join(pkg.dir, "dist", "index.js")).href);
  return Object.keys(runtime)
    .filter((name) => name in exported)
    .map((name) => `exports ${name}, which belongs to @voiceapis/core/runtime`);
}

/** A vendor README must show how to start a mock from the installed package alone. */
function readmeProblems(pkg, files) {
  const readme = files.find((f) => f.path === "README.md")?.data.toString("utf8");
  if (!readme?.trim() || !pkg.vendor) return []; // a missing README is a tarball problem
  const spec = `node_modules/${pkg.name}/dist/openapi.yaml`;
  return new RegExp(`prism[^\\n]* mock [^\\n]*${spec.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`).test(readme)
    ? []
    : [`README.md does not show the Prism command that mocks ${spec}`];
}

const kb = (n) => `${(n / 1024).toFixed(2)} kB`;

async function main() {
  const only = parseArgs({ allowPositionals: true }).positionals;
  const started = Date.now();
  const packages = workspacePackages().filter(
    (p) => only.length === 0 || only.includes(p.slug) || only.includes(p.name),
  );
  const unbuilt = packages.filter((p) => !existsSync(join(p.dir, "dist", "index.js")));
  if (unbuilt.length) throw new Error(`Not built: ${unbuilt.map((p) => p.name).join(", ")}. Run \`pnpm build\` first.`);
  const dest = mkdtempSync(join(tmpdir(), "check-packages-"));
  try {
    const cell = (problems) =>
      problems.length === 0 ? "ok" : `${problems.length} problem${problems.length > 1 ? "s" : ""}`;
    const rows = await mapLimit(packages, 3, async (pkg) => {
      const tarball = await pack(pkg, dest);
      const { files, json: packed } = await readTarball(tarball);
      const [publint, attw] = await Promise.all([publintOf(tarball), attwOf(tarball, packed)]);
      const checks = {
        publint,
        attw,
        manifest: [
          ...manifestProblems(pkg),
          ...testingProblems(pkg),
          ...readmeProblems(pkg, files),
          ...(await runtimeLeaks(pkg)),
        ],
        tarball: tarballProblems(files, packed, { vendor: pkg.vendor }),
      };
      const cells = Object.fromEntries(Object.entries(checks).map(([name, problems]) => [name, cell(problems)]));
      return {
        pkg,
        problems: Object.values(checks).flat(),
        row: { ...cells, files: files.length, "tgz size": kb(readFileSync(tarball).length) },
      };
    });
    console.table(Object.fromEntries(rows.map((r) => [r.pkg.name, r.row])));
    const failures = rows.flatMap((r) => r.problems.map((p) => `${r.pkg.name}: ${p}`));
    if (failures.length) {
      console.error(`\n${failures.join("\n")}`);
      process.exit(1);
    }
    console.log(
      `All ${rows.length} packages pass publint, attw (node16 + bundler), the manifest and tarball rules (${((Date.now() - started) / 1000).toFixed(1)} s).`,
    );
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`check:packages could not run.\n${error.stack ?? error.message}`);
  process.exit(1);
});
