#!/usr/bin/env node
/**
 * pnpm check:release [--keep]
 *
 * A release rehearsal on a throwaway copy of the repo (the files git knows about,
 * tracked or new but not ignored, plus every package's built dist/), so nothing
 * here changes. In the copy it
 *   1. reads changesets' own release plan (what `changeset status` prints): each
 *      package's bump, and a patch for a package whose @voiceapis dependency
 *      leaves its range (independent versions);
 *   2. runs `changeset version` and checks the versions, the consumed changesets
 *      and each released package's CHANGELOG.md (summaries, released dependencies)
 *      against that plan;
 *   3. packs every package with `pnpm pack` (what `changeset publish` uploads)
 *      and checks each tarball holds only what users need (dist/**, README.md,
 *      LICENSE, package.json, CHANGELOG.md; a vendor's dist/openapi.yaml), has no
 *      tests, sources or `workspace:` links, and that its @voiceapis ranges
 *      accept the versions released with it.
 * Prints one row per package. Run `pnpm build` first.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import semver from "semver";
import { ROOT } from "./lib/manifest.mjs";
import { mapLimit, pack, readTarball, run, tarballProblems, workspacePackages } from "./lib/packages.mjs";
import { pendingRelease } from "./lib/release-plan.mjs";

const require = createRequire(import.meta.url);
const CHANGESET = join(require.resolve("@changesets/cli/package.json"), "..", "bin.js");
const { keep } = parseArgs({ options: { keep: { type: "boolean", default: false } } }).values;

/** Copies what git knows about (tracked, or new and not ignored) and the build output (dist/ and LICENSE). */
function copyRepo(dest) {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .split("\0")
    .filter(Boolean);
  for (const file of listed) {
    const from = join(ROOT, file);
    if (!existsSync(from) || !statSync(from).isFile()) continue; // deleted in the work tree
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(from, join(dest, file));
  }
  for (const p of workspacePackages()) {
    if (!existsSync(join(p.dir, "dist", "index.js")))
      throw new Error(`${p.name} is not built. Run \`pnpm build\` first.`);
    for (const out of ["dist", "LICENSE"]) {
      if (existsSync(join(p.dir, out)))
        cpSync(join(p.dir, out), join(dest, "packages", p.slug, out), { recursive: true });
    }
  }
  return listed.length;
}

/**
 * Links each package's workspace dependencies (every `workspace:` range, dev ones too) into
 * its node_modules, as `pnpm install` does: `pnpm pack` reads their versions from there.
 */
async function linkWorkspace(root, packages) {
  const { stdout } = await run("pnpm", ["ls", "-r", "--depth", "-1", "--json"], { cwd: root });
  const dirs = new Map(JSON.parse(stdout).map((p) => [p.name, p.path]));
  for (const p of packages) {
    const { dependencies, devDependencies, peerDependencies } = p.json;
    for (const [dep, range] of Object.entries({ ...dependencies, ...devDependencies, ...peerDependencies })) {
      if (!range.startsWith("workspace:")) continue;
      const link = join(p.dir, "node_modules", dep);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(relative(dirname(link), dirs.get(dep)), link, "dir");
    }
  }
}

function changelogProblems(dir, entry, versions) {
  const file = join(dir, "CHANGELOG.md");
  if (!existsSync(file)) return ["no CHANGELOG.md"];
  const text = readFileSync(file, "utf8");
  const problems = [];
  const first = /^## (\S+)/m.exec(text)?.[1];
  if (first !== entry.to) problems.push(`CHANGELOG.md starts with ${first ?? "no version"}, expected ## ${entry.to}`);
  const section = text.slice(text.indexOf(`## ${entry.to}`)).split(/^## /m)[1] ?? "";
  for (const summary of entry.summaries) {
    const line = summary.split("\n")[0];
    if (!section.includes(line)) problems.push(`CHANGELOG.md ${entry.to} lacks "${line.slice(0, 60)}…"`);
  }
  for (const dep of entry.deps) {
    if (!section.includes(`${dep}@${versions.get(dep)}`))
      problems.push(`CHANGELOG.md ${entry.to} does not mention ${dep}@${versions.get(dep)}`);
  }
  return problems;
}

async function main() {
  const started = Date.now();
  const tmp = mkdtempSync(join(tmpdir(), "voiceapis-release-"));
  try {
    const copied = copyRepo(tmp);
    const before = workspacePackages(tmp);
    const { changesets, plan } = await pendingRelease(tmp, before);

    await run(process.execPath, [CHANGESET, "version"], { cwd: tmp, timeoutMs: 120_000 });

    const after = workspacePackages(tmp);
    await linkWorkspace(tmp, after);
    const versions = new Map(after.map((p) => [p.name, p.version]));
    const left = (await pendingRelease(tmp, after)).changesets.map((c) => c.id);
    const globalProblems = left.length
      ? [`changeset version left these changesets unconsumed: ${left.join(", ")}`]
      : [];

    const packDir = join(tmp, ".tarballs");
    mkdirSync(packDir);
    const rows = await mapLimit(after, 3, async (pkg) => {
      const entry = plan.get(pkg.name);
      const problems = [];
      if (pkg.version !== entry.to)
        problems.push(
          `version is ${pkg.version} after changeset version, expected ${entry.to} (${entry.reasons.join(", ") || "no changes"})`,
        );
      if (entry.bump) problems.push(...changelogProblems(pkg.dir, entry, versions));
      const tarball = await pack(pkg, packDir);
      const { files, json: packed } = await readTarball(tarball);
      problems.push(...tarballProblems(files, packed, { vendor: pkg.vendor }));
      for (const [dep, range] of Object.entries({ ...packed.dependencies, ...packed.peerDependencies })) {
        if (versions.has(dep) && !semver.satisfies(versions.get(dep), range))
          problems.push(`depends on ${dep}@${range}, which does not accept the released ${versions.get(dep)}`);
      }
      return {
        pkg,
        problems,
        row: {
          version: entry.bump ? `${entry.from} → ${pkg.version}` : `${pkg.version} (unchanged)`,
          why: entry.reasons.join(", ") || "-",
          changelog: entry.bump ? (existsSync(join(pkg.dir, "CHANGELOG.md")) ? "written" : "missing") : "-",
          files: files.length,
          tgz: `${(readFileSync(tarball).length / 1024).toFixed(1)} kB`,
          deps: Object.entries(packed.dependencies ?? {})
            .map(([n, r]) => `${n.replace("@voiceapis/", "")}@${r}`)
            .join(" "),
          result: problems.length ? "FAIL" : "ok",
        },
      };
    });
    console.table(Object.fromEntries(rows.map((r) => [r.pkg.name, r.row])));
    const failures = [...globalProblems, ...rows.flatMap((r) => r.problems.map((p) => `${r.pkg.name}: ${p}`))];
    if (failures.length) {
      console.error(`\n${failures.join("\n")}`);
      process.exitCode = 1;
    } else {
      console.log(
        `Release dry run passed: ${changesets.length} changeset(s) → ${rows.filter((r) => plan.get(r.pkg.name).bump).length} package(s) released; ` +
          `every tarball holds only dist/, README.md, LICENSE and package.json (${copied} files copied, ${((Date.now() - started) / 1000).toFixed(1)} s).`,
      );
    }
    if (keep) console.log(`Kept the copy in ${tmp}`);
  } finally {
    if (!keep) rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`check:release could not run.\n${error.stack ?? error.message}`);
  process.exit(1);
});
