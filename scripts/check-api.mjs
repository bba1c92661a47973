#!/usr/bin/env node
/**
 * pnpm check:api — the breaking-change report before a release. Fails when
 *   1. the record of a package's public surface (api-reports/*.api.md, API
 *      Extractor's report of its built declarations) is stale: refresh it with
 *      `pnpm api:report` and commit it;
 *   2. a package changed since its last release more than its pending changesets
 *      bump it: a breaking change (an operation, parameter, field or enum value
 *      removed, a field made required, a parameter narrowed, an export removed)
 *      needs a major changeset, or a minor one under 0.x. The message names each
 *      change. Run `pnpm build` first.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { runApiExtractor } from "./lib/api-extractor.mjs";
import { checkBumps } from "./lib/breaking-changes.mjs";
import { ROOT } from "./lib/manifest.mjs";

/** A short diff of a committed report against a fresh one (git's own diff, no repository needed). */
function reportDiff(file, fresh) {
  try {
    execFileSync("git", ["diff", "--no-index", "--no-color", "-U1", "--", file, fresh], { encoding: "utf8" });
    return "";
  } catch (error) {
    const lines = String(error.stdout ?? "")
      .split("\n")
      .slice(4);
    return lines.length > 30
      ? [...lines.slice(0, 30), `  … ${lines.length - 30} more lines`].join("\n")
      : lines.join("\n");
  }
}

async function main() {
  const started = Date.now();
  const problems = [];
  const tempDir = mkdtempSync(join(tmpdir(), "voiceapis-api-check-"));
  try {
    for (const r of runApiExtractor(ROOT, { update: false, tempDir })) {
      for (const m of r.messages) console.warn(m);
      if (!existsSync(r.file))
        problems.push(`${relative(ROOT, r.file)} is missing. Run \`pnpm api:report\` and commit it.`);
      else if (r.changed)
        problems.push(
          `${relative(ROOT, r.file)} is stale: it does not match the built declarations. Run \`pnpm api:report\`, review and commit it.\n${reportDiff(r.file, r.fresh)}`,
        );
    }
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
  const { rows, problems: bumps } = await checkBumps(ROOT);
  console.table(rows);
  problems.push(...bumps);
  if (problems.length) {
    console.error(`\n${problems.join("\n\n")}`);
    process.exitCode = 1;
  } else {
    console.log(
      `API check passed: every report is current and every pending bump covers its changes (${((Date.now() - started) / 1000).toFixed(1)} s).`,
    );
  }
}

main().catch((error) => {
  console.error(`check:api could not run.\n${error.stack ?? error.message}`);
  process.exit(1);
});
