#!/usr/bin/env node
/**
 * pnpm api:report — refreshes the record of every package's public surface:
 * API Extractor's report of each entry point's built declarations, in
 * api-reports/*.api.md. Run `pnpm build` first; commit the changed reports with
 * the change that made them (reviewers read the diff), and add a changeset
 * whose bump `pnpm check:api` accepts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { runApiExtractor } from "./lib/api-extractor.mjs";
import { ROOT } from "./lib/manifest.mjs";

const started = Date.now();
const tempDir = mkdtempSync(join(tmpdir(), "voiceapis-api-report-"));
try {
  const results = runApiExtractor(ROOT, { update: true, tempDir });
  for (const r of results) {
    for (const m of r.messages) console.warn(m);
    console.log(`${r.changed ? "updated  " : "unchanged"} ${relative(ROOT, r.file)}`);
  }
  console.log(`${results.length} API reports (${((Date.now() - started) / 1000).toFixed(1)} s).`);
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
