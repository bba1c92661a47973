/**
 * Whether the pending changesets bump each package enough for what changed in
 * its public surface since its last release. The last release is the newest
 * commit that set the version in the package's package.json (changesets'
 * "Version Packages" commit, or the package's first commit); what changed is
 * the spec-level diff of its bundled spec (vendors) and the exports its API
 * report lost. A breaking change needs a major bump, or a minor one under 0.x;
 * any other change to operations or schemas needs at least a patch. The bumps
 * are changesets' own release plan (scripts/lib/release-plan.mjs).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { parse } from "yaml";
import { exportedNames, REPORT_DIR } from "./api-extractor.mjs";
import { workspacePackages } from "./packages.mjs";
import { releasePlan } from "./release-plan.mjs";
import { specChanges } from "./spec-diff.mjs";

const ORDER = ["none", "patch", "minor", "major"];

function git(root, args) {
  return execFileSync("git", args, {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 28,
  });
}

/** The newest commit that set the version line of `packages/<slug>/package.json`, or undefined. */
export function releaseCommit(root, pkg) {
  const out = git(root, ["log", "-1", "--format=%H", "-G", '"version":', "--", `packages/${pkg.slug}/package.json`]);
  return out.trim() || undefined;
}

/** A file's text at a commit, or undefined where it did not exist. */
function fileAt(root, commit, path) {
  try {
    return git(root, ["show", `${commit}:${path}`]);
  } catch {
    return undefined;
  }
}

/** The bump a set of changes needs from `version`: "major" | "minor" | "patch" | "none". */
export function neededBump(version, changes) {
  if (changes.some((c) => c.type === "breaking")) return semver.major(version) === 0 ? "minor" : "major";
  return changes.some((c) => c.type === "non-breaking") ? "patch" : "none";
}

/** The report files of a package: its main entry and each `./sub` entry (see api-extractor.mjs). */
function reportFiles(root, slug) {
  const dir = join(root, REPORT_DIR);
  return existsSync(dir)
    ? readdirSync(dir).filter((f) => f === `${slug}.api.md` || (f.startsWith(`${slug}.`) && f.endsWith(".api.md")))
    : [];
}

/** What changed in one package since its release commit: spec changes and lost exports. */
export function packageChanges(root, pkg, commit) {
  const changes = [];
  const specPath = `packages/${pkg.slug}/src/generated/openapi.yaml`;
  const before = pkg.vendor && fileAt(root, commit, specPath);
  const afterFile = join(root, specPath);
  if (before && existsSync(afterFile)) {
    const after = readFileSync(afterFile, "utf8");
    if (after !== before) changes.push(...specChanges(parse(before), parse(after)));
  }
  for (const file of reportFiles(root, pkg.slug)) {
    const old = fileAt(root, commit, `${REPORT_DIR}/${file}`);
    if (old === undefined) continue;
    const now = exportedNames(readFileSync(join(root, REPORT_DIR, file), "utf8"));
    const entry = file === `${pkg.slug}.api.md` ? pkg.name : `${pkg.name}/${file.slice(pkg.slug.length + 1, -7)}`;
    for (const name of exportedNames(old))
      if (!now.has(name))
        changes.push({ type: "breaking", where: entry, message: `${entry}: the export \`${name}\` was removed` });
  }
  return changes;
}

/**
 * Every package's changes, needed bump and planned bump, and the problems: a planned
 * bump smaller than the needed one.
 * @returns {Promise<{ rows: object[], problems: string[] }>}
 */
export async function checkBumps(root) {
  if (git(root, ["rev-parse", "--is-shallow-repository"]).trim() === "true") {
    try {
      git(root, ["fetch", "--quiet", "--unshallow"]);
    } catch (error) {
      throw new Error(
        `a shallow clone hides the release commits, and \`git fetch --unshallow\` failed: ${error.message}`,
      );
    }
  }
  const plan = await releasePlan(root);
  const rows = [];
  const problems = [];
  for (const pkg of workspacePackages(root)) {
    const commit = releaseCommit(root, pkg);
    if (!commit) {
      rows.push({
        package: pkg.name,
        since: "new (no commit)",
        breaking: 0,
        other: 0,
        needs: "-",
        planned: plan[pkg.name] ?? "none",
      });
      continue;
    }
    const changes = packageChanges(root, pkg, commit);
    const breaking = changes.filter((c) => c.type === "breaking");
    const needs = neededBump(pkg.version, changes);
    const planned = plan[pkg.name] ?? "none";
    rows.push({
      package: pkg.name,
      since: `${pkg.version} (${commit.slice(0, 7)})`,
      breaking: breaking.length,
      other: changes.filter((c) => c.type === "non-breaking").length,
      needs,
      planned,
    });
    if (ORDER.indexOf(planned) < ORDER.indexOf(needs)) {
      const listed = (needs === "patch" ? changes.filter((c) => c.type === "non-breaking") : breaking).map(
        (c) => `  - ${c.message}`,
      );
      const shown = listed.slice(0, 20);
      if (listed.length > shown.length) shown.push(`  … and ${listed.length - shown.length} more`);
      problems.push(
        `${pkg.name} needs a ${needs} changeset, the pending changesets give ${planned === "none" ? "no release" : planned}. ` +
          `${needs === "patch" ? "Changes" : `Breaking changes (a ${needs} bump${needs === "minor" ? " under 0.x" : ""})`} since ${pkg.version} (commit ${commit.slice(0, 7)}):\n${shown.join("\n")}`,
      );
    }
  }
  return { rows, problems };
}
