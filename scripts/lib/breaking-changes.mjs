/**
 * Whether the pending changesets bump each package enough for what changed in
 * its public surface since its last release. The last release is the newest
 * commit that changed the version in the package's package.json (changesets'
 * "Version Packages" commit, or the package's first commit); what changed is
 * the spec-level diff of its bundled spec (vendors) and the exports its API
 * report lost. A breaking change needs a major bump, or a minor one under 0.x;
 * any other change to operations or schemas needs at least a patch. The bumps
 * are changesets' own release plan (scripts/lib/release-plan.mjs). The last
 * release itself is held to the same rule against the one before it, so a
 * version set by hand (0.2.0 → 0.2.1 with a field removed) cannot hide a break.
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

/** A file's text at a commit, or undefined where it did not exist. */
function fileAt(root, commit, path) {
  try {
    return git(root, ["show", `${commit}:${path}`]);
  } catch {
    return undefined;
  }
}

/** The `version` of a package.json text, or undefined. */
function versionOf(text) {
  try {
    return text === undefined ? undefined : JSON.parse(text).version;
  } catch {
    return undefined;
  }
}

/**
 * The newest `limit` commits that changed the version of `packages/<slug>/package.json`, newest first,
 * each `{ commit, version }`. A commit that only moved or reformatted the version line is not one.
 */
export function releaseCommits(root, pkg, limit = 1) {
  const path = `packages/${pkg.slug}/package.json`;
  const candidates = git(root, ["log", "--format=%H", "-G", '"version":', "--", path]).split("\n").filter(Boolean);
  const releases = [];
  for (const commit of candidates) {
    const version = versionOf(fileAt(root, commit, path));
    if (version !== undefined && version !== versionOf(fileAt(root, `${commit}^`, path)))
      releases.push({ commit, version });
    if (releases.length === limit) break;
  }
  return releases;
}

/** The newest commit that changed the version of `packages/<slug>/package.json`, or undefined. */
export function releaseCommit(root, pkg) {
  return releaseCommits(root, pkg, 1)[0]?.commit;
}

/** The bump from one version to another: "major" | "minor" | "patch" | "none". */
export function bumpBetween(from, to) {
  const diff = semver.diff(from, to);
  if (!diff || semver.lte(to, from)) return "none";
  return diff.replace(/^pre(?!release)/, "").replace("prerelease", "patch");
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

/** A file's text in the work tree (`commit` undefined) or at a commit, or undefined. */
function fileIn(root, commit, path) {
  if (commit) return fileAt(root, commit, path);
  return existsSync(join(root, path)) ? readFileSync(join(root, path), "utf8") : undefined;
}

/** What changed in one package since its release commit (up to commit `to`, else the work tree): spec changes and lost exports. */
export function packageChanges(root, pkg, commit, to) {
  const changes = [];
  const specPath = `packages/${pkg.slug}/src/generated/openapi.yaml`;
  const before = pkg.vendor && fileAt(root, commit, specPath);
  const after = before && fileIn(root, to, specPath);
  if (after !== undefined && after !== before) changes.push(...specChanges(parse(before), parse(after)));
  for (const file of reportFiles(root, pkg.slug)) {
    const old = fileAt(root, commit, `${REPORT_DIR}/${file}`);
    const current = fileIn(root, to, `${REPORT_DIR}/${file}`);
    if (old === undefined || current === undefined) continue;
    const now = exportedNames(current);
    const entry = file === `${pkg.slug}.api.md` ? pkg.name : `${pkg.name}/${file.slice(pkg.slug.length + 1, -7)}`;
    for (const name of exportedNames(old))
      if (!now.has(name))
        changes.push({ type: "breaking", where: entry, message: `${entry}: the export \`${name}\` was removed` });
  }
  return changes;
}

/** The changes `changes` listed for a message, at most 20. */
function listed(changes) {
  const lines = changes.map((c) => `  - ${c.message}`);
  const shown = lines.slice(0, 20);
  if (lines.length > shown.length) shown.push(`  … and ${lines.length - shown.length} more`);
  return shown.join("\n");
}

/** A problem when the last release's version step is smaller than what changed since the release before it. */
function releaseProblems(root, pkg, previous, release) {
  const changes = packageChanges(root, pkg, previous.commit, release.commit);
  const needs = neededBump(previous.version, changes);
  const given = bumpBetween(previous.version, release.version);
  if (ORDER.indexOf(given) >= ORDER.indexOf(needs)) return [];
  const shown = changes.filter((c) => c.type === (needs === "patch" ? "non-breaking" : "breaking"));
  return [
    `${pkg.name} was released as ${release.version} (commit ${release.commit.slice(0, 7)}), a ${given} step from ` +
      `${previous.version} (commit ${previous.commit.slice(0, 7)}), but what changed between them needs a ${needs}. ` +
      `Set versions with a changeset and \`changeset version\`, not by hand:\n${listed(shown)}`,
  ];
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
    const [release, previous] = releaseCommits(root, pkg, 2);
    const commit = release?.commit;
    if (previous) problems.push(...releaseProblems(root, pkg, previous, release));
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
