/**
 * What `changeset version` must do, worked out from .changeset/*.md alone, so the
 * release dry run can check changesets' output against an independent answer:
 * each package's own bump, and a patch for every package whose @voiceapis
 * dependency is released (independent versions, no pre-releases).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const BUMPS = ["patch", "minor", "major"];

/** x.y.z + bump (no pre-releases: this repo does not use pre mode). */
export function inc(version, bump) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new Error(`cannot bump version "${version}" (only x.y.z is supported)`);
  const [major, minor, patch] = m.slice(1).map(Number);
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Whether a caret or exact range accepts a version (the only kinds `pnpm pack` writes for workspace:^ and workspace:*). */
export function accepts(range, version) {
  const v = version.split(".").map(Number);
  const exact = /^=?(\d+\.\d+\.\d+)$/.exec(range);
  if (exact) return exact[1] === version;
  const caret = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (!caret) return false;
  const r = caret.slice(1).map(Number);
  const notBelow = v[0] > r[0] || (v[0] === r[0] && (v[1] > r[1] || (v[1] === r[1] && v[2] >= r[2])));
  if (r[0] > 0) return notBelow && v[0] === r[0];
  if (r[1] > 0) return notBelow && v[0] === 0 && v[1] === r[1];
  return v[0] === 0 && v[1] === 0 && v[2] === r[2];
}

/** The pending changesets: `{ id, summary, releases: { name: bump } }`. */
export function readChangesets(root) {
  const dir = join(root, ".changeset");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`.changeset/${file} has no front matter`);
      return { id: file.replace(/\.md$/, ""), releases: parse(m[1]) ?? {}, summary: m[2].trim() };
    });
}

/** What `changeset version` must produce: each package's bump and next version, and why. */
export function expectedPlan(packages, changesets) {
  const plan = new Map(packages.map((p) => [p.name, { bump: undefined, reasons: [], summaries: [], deps: [] }]));
  for (const cs of changesets) {
    for (const [name, bump] of Object.entries(cs.releases)) {
      const entry = plan.get(name);
      if (!entry) throw new Error(`.changeset/${cs.id}.md names ${name}, which is not a package of this workspace`);
      if (!BUMPS.includes(bump)) continue; // "none"
      if (!entry.bump || BUMPS.indexOf(bump) > BUMPS.indexOf(entry.bump)) entry.bump = bump;
      entry.reasons.push(`${bump} (${cs.id})`);
      entry.summaries.push(cs.summary);
    }
  }
  // A package whose @voiceapis dependency is released is released too, at least as a patch.
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of packages) {
      const entry = plan.get(p.name);
      for (const dep of p.internalDeps.filter((d) => plan.get(d).bump)) {
        if (!entry.deps.includes(dep)) entry.deps.push(dep);
        if (!entry.bump) {
          entry.bump = "patch";
          entry.reasons.push(`patch (depends on ${dep})`);
          changed = true;
        }
      }
    }
  }
  for (const p of packages) {
    const entry = plan.get(p.name);
    entry.from = p.version;
    entry.to = entry.bump ? inc(p.version, entry.bump) : p.version;
  }
  return plan;
}
