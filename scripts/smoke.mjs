#!/usr/bin/env node
/**
 * pnpm smoke [slug…] [--keep]
 *
 * Proves from the outside that a vendor package works wherever a user's code
 * runs. `pnpm pack`s every package, then for each vendor in redocly.yaml that
 * has a package: creates a fresh project under the system temp dir, installs
 * only that vendor's tarball and its @voiceapis dependencies with plain
 * `npm install`, starts a Prism mock of the spec the INSTALLED package ships
 * (the path its README gives), and
 *   node 20, node 22, node 24  run an ES module script and the same as CommonJS under
 *         each Node release (20.19.0, the `engines` floor; the latest 22; the toolchain's 24):
 *         one call, a short paginated walk, and a typed NotFoundError for an unknown path;
 *   tsc   type-checks a strict consumer (exactOptionalPropertyTypes too) of the client, paginator and errors with
 *         node16 resolution (.mts and .cts) and with bundler resolution;
 *   readme  type-checks every ```ts block of the installed README (Voxfra's also
 *         the root and core READMEs), strict with exactOptionalPropertyTypes, with nodenext and with bundler
 *         resolution (smoke/readme.mjs);
 *   testing  runs a user's `node:test` file against `<package>/testing` (with its optional
 *         peers ajv and ajv-formats from the registry) under the newest Node, Bun and Deno
 *         (their own test runners; smoke/testing-kit.mjs);
 *   bun, deno  run the ES module script under Bun and Deno.
 * Every runtime comes from the npm registry, pinned and cached (smoke/runtimes.mjs).
 * Prints a table vendor × check and each vendor's result; fails on any failure.
 * Vendors without a package yet are skipped with a note. What each vendor calls
 * is in scripts/smoke/calls.json. Run `pnpm build` first. `--keep` keeps the temp dir.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ROOT, vendors } from "./lib/manifest.mjs";
import { mapLimit, npmInstall, pack, run, workspacePackages } from "./lib/packages.mjs";
import { PRISM_VERSION, startPrism } from "@voiceapis/contract-harness/prism";
import { smokeCall } from "./smoke/calls.mjs";
import { installConsumer } from "./smoke/consumer.mjs";
import { readmeTsconfig, writeReadmeBlocks } from "./smoke/readme.mjs";
import { TEST_RUNNERS, TESTING_PEERS, testingProblems, testingScript } from "./smoke/testing-kit.mjs";
import { cjsScript, esmScript, tsconfig, typescriptConsumer } from "./smoke/fixtures.mjs";
import { ensureRuntimes, NODE_VERSIONS, RUNTIME_VERSIONS } from "./smoke/runtimes.mjs";

const require = createRequire(import.meta.url);
const TSC = join(require.resolve("typescript/package.json"), "..", "bin", "tsc");
const NODE_MAJORS = Object.keys(NODE_VERSIONS);
const COLUMNS = ["install", "mock", ...NODE_MAJORS.map((m) => `node ${m}`), "tsc", "readme", "testing", "bun", "deno"];

const {
  values: { keep },
  positionals: only,
} = parseArgs({ options: { keep: { type: "boolean", default: false } }, allowPositionals: true });

/** Every @voiceapis package `pkg` needs, itself last. */
function withDependencies(pkg, all) {
  const out = [];
  const visit = (p) => {
    for (const dep of p.internalDeps) visit(all.find((q) => q.name === dep));
    if (!out.includes(p)) out.push(p);
  };
  visit(pkg);
  return out;
}

/**
 * The spec path the vendor's README gives in its Prism command, checked against
 * the package's `./openapi.yaml` export; the default path when the README has none.
 */
function mockSpec(dir, pkg) {
  const installed = join(dir, "node_modules", pkg.name);
  const fallback = `node_modules/${pkg.name}/dist/openapi.yaml`;
  const readme = existsSync(join(installed, "README.md")) ? readFileSync(join(installed, "README.md"), "utf8") : "";
  const command = readme.match(/^.*prism[^\n]* mock +(\S+openapi\.yaml)[^\n]*$/m);
  const notes = [];
  const problems = [];
  const spec = command?.[1] ?? fallback;
  if (!command) notes.push("README shows no Prism command; used the default path");
  else {
    const pinned = command[0].match(/prism-cli@([\w.-]+)/)?.[1];
    if (pinned && pinned !== PRISM_VERSION)
      problems.push(`README pins @stoplight/prism-cli@${pinned}, the workspace tests with ${PRISM_VERSION}`);
  }
  const exported = createRequire(join(dir, "package.json")).resolve(`${pkg.name}/openapi.yaml`);
  if (exported !== join(dir, spec))
    problems.push(`the README's ${spec} is not what ${pkg.name}/openapi.yaml resolves to (${exported})`);
  if (!existsSync(join(dir, spec))) problems.push(`${spec} does not exist in the installed package`);
  return { spec, notes, problems };
}

/** Checks one line of JSON printed by a smoke script. */
function checkOutput(stdout, runtime, c) {
  const line = stdout.trim().split("\n").pop() ?? "";
  let result;
  try {
    result = JSON.parse(line);
  } catch {
    return [`printed no JSON result: ${stdout.trim().slice(0, 300)}`];
  }
  const problems = [];
  if (result.runtime !== runtime) problems.push(`ran under ${result.runtime}, expected ${runtime}`);
  if (result.data === undefined || result.data === null) problems.push("the call returned no data");
  if (c.call.expect && !JSON.stringify(result.data).includes(c.call.expect))
    problems.push(`the result does not contain "${c.call.expect}"`);
  if (c.paginate && !(result.items > 0))
    problems.push(`the paginated walk of ${c.paginate.path} gave ${result.items} items`);
  if (result.error !== "NotFoundError")
    problems.push(`an unknown path gave ${result.error}, expected a NotFoundError that is an ApiError`);
  return problems;
}

/** The READMEs whose examples a vendor's consumer checks: its own as installed; Voxfra's also the root one and core's (they call Voxfra). */
function readmesOf(dir, pkgName, slug, valueExports) {
  const readme = (name, path) => ({ name, markdown: readFileSync(path, "utf8"), pkgName, valueExports });
  const list = [readme(`${slug}/README.md`, join(dir, "node_modules", pkgName, "README.md"))];
  if (slug === "voxfra") {
    list.push(
      readme("README.md", join(ROOT, "README.md")),
      readme("core/README.md", join(dir, "node_modules", "@voiceapis", "core", "README.md")),
    );
  }
  return list;
}

async function attempt(label, fn) {
  const started = Date.now();
  try {
    const problems = (await fn()) ?? [];
    return { label, ok: problems.length === 0, problems, ms: Date.now() - started };
  } catch (error) {
    return { label, ok: false, problems: [error.message.slice(0, 2000)], ms: Date.now() - started };
  }
}

async function smokeVendor(vendor, pkg, all, tarballs, runtimesReady, tmp) {
  const dir = join(tmp, vendor.slug);
  const cells = {};
  const out = { slug: vendor.slug, cells, notes: [], sample: "" };
  const installList = withDependencies(pkg, all).map((p) => ({
    name: p.name,
    version: p.version,
    tarball: tarballs.get(p.name),
  }));
  cells.install = await attempt("install", () => installConsumer(dir, installList));
  if (!cells.install.ok) return out;

  let mock;
  const spec = mockSpec(dir, pkg);
  out.notes.push(...spec.notes);
  cells.mock = await attempt("mock", async () => {
    mock = await startPrism({ spec: join(dir, spec.spec) });
    return spec.problems;
  });
  if (!mock) return out;
  try {
    const c = smokeCall(vendor.slug, join(dir, spec.spec));
    const installed = await import(pathToFileURL(createRequire(join(dir, "package.json")).resolve(pkg.name)).href);
    if (c.apiKey === undefined) c.apiKey = `${installed[vendor.slug]?.prefix ?? ""}smoke_test`;
    out.readme = writeReadmeBlocks(dir, vendor.slug, readmesOf(dir, pkg.name, vendor.slug, Object.keys(installed)));
    writeFileSync(join(dir, "esm.mjs"), esmScript(c, pkg.name, mock.url));
    writeFileSync(join(dir, "cjs.cjs"), cjsScript(c, pkg.name, mock.url));
    const ts = typescriptConsumer(c, pkg.name);
    for (const file of ["consumer.mts", "consumer.cts", "consumer.ts"]) writeFileSync(join(dir, file), ts);
    out.typescript = true; // type-checked for all vendors at once, see typecheck()

    const runtimes = await runtimesReady;
    // Each Node release runs the ES module script, then the CommonJS one; the releases side by side.
    const node = (major) => async () => {
      if (!runtimes.node[major]) return runtimes.nodeProblems[major];
      const problems = [];
      for (const file of ["esm.mjs", "cjs.cjs"]) {
        const { stdout } = await run(runtimes.node[major], [file], { cwd: dir, timeoutMs: 60_000 });
        if (major === NODE_MAJORS.at(-1) && file === "esm.mjs") out.sample = stdout.trim();
        problems.push(...checkOutput(stdout, "node", c).map((p) => `${file}: ${p}`));
      }
      return problems;
    };
    const nodeCells = await Promise.all(NODE_MAJORS.map((major) => attempt(`node ${major}`, node(major))));
    NODE_MAJORS.forEach((major, i) => {
      cells[`node ${major}`] = nodeCells[i];
    });
    // A user's node:test file against the testing entry (smoke/testing-kit.mjs): newest Node, Bun, Deno.
    cells.testing = await attempt("testing", async () => {
      const latest = NODE_MAJORS.at(-1);
      if (!runtimes.node[latest]) return runtimes.nodeProblems[latest];
      await npmInstall(dir, TESTING_PEERS, { timeoutMs: 180_000 });
      writeFileSync(join(dir, "testing.test.mjs"), testingScript(c, pkg.name));
      const env = {
        ...process.env,
        NO_COLOR: "1",
        DENO_NO_UPDATE_CHECK: "1",
        DENO_DIR: join(runtimes.dir, "deno-cache"),
      };
      const binaries = { node: runtimes.node[latest], bun: runtimes.bun, deno: runtimes.deno };
      const problems = [];
      for (const [runtime, binary] of Object.entries(binaries).filter(([, binary]) => binary)) {
        const { stdout, stderr } = await run(binary, TEST_RUNNERS[runtime].args, { cwd: dir, env, timeoutMs: 60_000 });
        problems.push(...testingProblems(runtime, `${stdout}\n${stderr}`));
      }
      return problems;
    });

    const env = {
      ...process.env,
      NO_COLOR: "1",
      DENO_NO_UPDATE_CHECK: "1",
      DENO_DIR: join(runtimes.dir, "deno-cache"),
    };
    cells.bun = await attempt("bun", async () => {
      if (!runtimes.bun) return runtimes.problems;
      const { stdout } = await run(runtimes.bun, ["esm.mjs"], { cwd: dir, env, timeoutMs: 60_000 });
      return checkOutput(stdout, "bun", c);
    });
    cells.deno = await attempt("deno", async () => {
      if (!runtimes.deno) return runtimes.problems;
      const host = new URL(mock.url).host;
      const { stdout } = await run(runtimes.deno, ["run", "--no-prompt", `--allow-net=${host}`, "esm.mjs"], {
        cwd: dir,
        env,
        timeoutMs: 60_000,
      });
      return checkOutput(stdout, "deno", c);
    });
  } catch (error) {
    out.notes.push(`stopped early: ${error.message}`);
  } finally {
    await mock.stop();
  }
  return out;
}

/**
 * One strict tsc program per resolution mode over every vendor's consumer files
 * (each file still resolves the package from its own project's node_modules):
 * node16 checks consumer.mts (ESM) and consumer.cts (CJS) of a Node app, bundler
 * checks consumer.ts of a browser app. Library .d.ts files are checked too.
 */
async function typecheck(tmp, results) {
  const slugs = results.filter((r) => r.typescript).map((r) => r.slug);
  if (slugs.length === 0) return;
  writeFileSync(
    join(tmp, "tsconfig.node16.json"),
    tsconfig(
      "node16",
      slugs.flatMap((s) => [`${s}/consumer.mts`, `${s}/consumer.cts`]),
      [join(ROOT, "node_modules", "@types")],
    ),
  );
  writeFileSync(
    join(tmp, "tsconfig.bundler.json"),
    tsconfig(
      "bundler",
      slugs.map((s) => `${s}/consumer.ts`),
    ),
  );
  const withReadme = results.filter((r) => r.readme);
  const typeRoots = [join(ROOT, "node_modules", "@types")];
  for (const mode of ["nodenext", "bundler"]) {
    writeFileSync(
      join(tmp, `tsconfig.readme-${mode}.json`),
      readmeTsconfig(
        mode,
        withReadme.flatMap((r) => r.readme[mode]),
        typeRoots,
      ),
    );
  }
  const started = Date.now();
  const outputs = await Promise.all(
    ["node16", "bundler", ...(withReadme.length ? ["readme-nodenext", "readme-bundler"] : [])].map((mode) =>
      run(process.execPath, [TSC, "-p", `tsconfig.${mode}.json`, "--pretty", "false"], {
        cwd: tmp,
        timeoutMs: 180_000,
      }).then(
        () => ({ mode, lines: [] }),
        (error) => ({ mode, lines: `${error.stdout ?? ""}${error.stderr ?? ""}`.split("\n").filter(Boolean), error }),
      ),
    ),
  );
  const ms = Date.now() - started;
  for (const r of results.filter((x) => x.typescript)) {
    for (const [cell, modes] of [
      ["tsc", ["node16", "bundler"]],
      ["readme", ["readme-nodenext", "readme-bundler"]],
    ]) {
      const problems = outputs
        .filter(({ mode }) => modes.includes(mode))
        .flatMap(({ mode, lines, error }) => {
          const mine = lines.filter((l) => l.startsWith(`${r.slug}/`)).map((l) => `${mode}: ${l}`);
          const nobody = lines.some((l) => !slugs.some((s) => l.startsWith(`${s}/`)) && /error TS/.test(l));
          if (mine.length === 0 && error && (nobody || lines.length === 0))
            return [`${mode}: ${lines.join("\n") || error.message}`];
          return mine;
        });
      r.cells[cell] = { label: cell, ok: problems.length === 0, problems, ms };
    }
  }
}

async function main() {
  const started = Date.now();
  const all = workspacePackages();
  const unbuilt = all.filter((p) => !existsSync(join(p.dir, "dist", "index.js")));
  if (unbuilt.length) throw new Error(`Not built: ${unbuilt.map((p) => p.name).join(", ")}. Run \`pnpm build\` first.`);
  const chosen = vendors().filter((v) => only.length === 0 || only.includes(v.slug));
  const tmp = mkdtempSync(join(tmpdir(), "voiceapis-smoke-"));
  const runtimesReady = ensureRuntimes();
  try {
    const tarDir = join(tmp, "tarballs");
    mkdirSync(tarDir);
    const tarballs = new Map(await mapLimit(all, 3, async (p) => [p.name, await pack(p, tarDir)]));
    const results = await mapLimit(chosen, 2, (vendor) => {
      const pkg = all.find((p) => p.slug === vendor.slug && p.vendor);
      if (!pkg)
        return {
          slug: vendor.slug,
          cells: {},
          notes: [`skipped: packages/${vendor.slug} does not exist yet`],
          skipped: true,
        };
      return smokeVendor(vendor, pkg, all, tarballs, runtimesReady, tmp);
    });
    const runtimes = await runtimesReady;
    await typecheck(tmp, results);

    const table = {};
    for (const r of results) {
      table[r.slug] = Object.fromEntries(
        COLUMNS.map((col) => [
          col,
          r.skipped
            ? "skipped"
            : !r.cells[col]
              ? "not run"
              : r.cells[col].ok
                ? `ok ${(r.cells[col].ms / 1000).toFixed(1)}s`
                : "FAIL",
        ]),
      );
    }
    console.table(table);
    for (const r of results.filter((x) => x.sample))
      console.log(
        `${r.slug} (node ${NODE_MAJORS.at(-1)}, esm): ${r.sample.length > 400 ? `${r.sample.slice(0, 400)}…` : r.sample}`,
      );
    for (const r of results) for (const note of r.notes) console.log(`note: ${r.slug}: ${note}`);
    const versions = [
      ...NODE_MAJORS.map((m) => `node ${NODE_VERSIONS[m]}${runtimes.node[m] ? "" : " (missing)"}`),
      `bun ${RUNTIME_VERSIONS.bun}${runtimes.bun ? "" : " (missing)"}`,
      `deno ${RUNTIME_VERSIONS.deno}${runtimes.deno ? "" : " (missing)"}`,
    ];
    console.log(
      `runtimes from npm: ${versions.join(", ")}; cache ${runtimes.dir}` +
        (runtimes.installed.length ? ` (installed now: ${runtimes.installed.join(", ")})` : ""),
    );

    const failures = results.flatMap((r) =>
      r.skipped
        ? []
        : COLUMNS.flatMap((col) =>
            r.cells[col] ? r.cells[col].problems.map((p) => `${r.slug} ${col}: ${p}`) : [`${r.slug} ${col}: not run`],
          ),
    );
    if (failures.length) {
      console.error(`\n${failures.join("\n")}`);
      process.exitCode = 1;
    } else {
      const ran = results.filter((r) => !r.skipped).length;
      console.log(
        `\nSmoke test passed for ${ran} vendor package${ran === 1 ? "" : "s"} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    }
    if (keep) console.log(`Kept the consumer projects in ${tmp}`);
  } finally {
    if (!keep) rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`smoke could not run.\n${error.stack ?? error.message}`);
  process.exit(1);
});
