#!/usr/bin/env node
/**
 * npm run check — the whole check suite, one step after another, stopping at
 * the first failure. Prints how long each step took and ends with a summary
 * line (`checks: N passed, N failed`). Runs on Node 24 LTS whatever Node the
 * machine has (scripts/lib/node-runtime.mjs): every step inherits it.
 */
import { spawnSync } from "node:child_process";
import { useToolchainNode } from "./lib/node-runtime.mjs";

await useToolchainNode(import.meta.url);

export const STEPS = [
  ["format and lint", "pnpm lint"],
  ["spec lint", "pnpm lint:specs"],
  ["response strictness", "pnpm check:strictness"],
  ["drift check", "pnpm check:drift"],
  ["build", "pnpm build"],
  ["API reports and breaking changes vs pending changesets", "pnpm check:api"],
  ["remote build cache (two fresh clones)", "pnpm check:cache"],
  ["type-check cost, 50 Voxys calls", "pnpm bench:types"],
  ["type-check, unit, type, contract and soak tests", "pnpm turbo run typecheck test test:soak --concurrency=2"],
  ["script tests", "pnpm exec vitest run"],
  ["package checks", "pnpm check:packages"],
  ["bundle sizes (size-limit, .size-limit.json)", "pnpm size"],
  ["consumer smoke test", "pnpm smoke"],
  ["browser smoke test", "pnpm smoke:browser"],
  ["API reference in a browser", "pnpm check:docs"],
  ["release dry run", "pnpm check:release"],
];

const results = [];
for (const [name, command] of STEPS) {
  console.log(`\n━━ ${name}: ${command}`);
  const started = Date.now();
  const run = spawnSync(command, { stdio: "inherit", shell: true });
  results.push({
    step: name,
    result: run.status === 0 ? "passed" : "FAILED",
    seconds: ((Date.now() - started) / 1000).toFixed(1),
  });
  if (run.status !== 0) break;
}

console.log("");
console.table(results);
const passed = results.filter((r) => r.result === "passed").length;
const failed = results.length - passed;
const skipped = STEPS.length - results.length;
console.log(`checks: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);
