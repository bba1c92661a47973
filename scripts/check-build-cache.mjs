#!/usr/bin/env node
/**
 * pnpm check:cache — after a build, asks turbo (dry run) whether a second
 * `pnpm build` would be served entirely from its cache, and fails naming every
 * task that would run again (an undeclared input or output in turbo.json).
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ROOT } from "./lib/manifest.mjs";

const require = createRequire(import.meta.url);
const turbo = join(require.resolve("turbo/package.json"), "..", "bin", "turbo");
const plan = JSON.parse(execFileSync(turbo, ["run", "build", "--dry=json"], { cwd: ROOT, encoding: "utf8" }));
const misses = plan.tasks.filter((task) => task.command !== "<NONEXISTENT>" && task.cache.status !== "HIT");
if (misses.length > 0) {
  console.error(
    `A second build would not be a full cache hit; these tasks would run again:\n  ${misses.map((t) => t.taskId).join("\n  ")}`,
  );
  process.exit(1);
}
console.log(
  `A second build is a full cache hit (${plan.tasks.filter((t) => t.command !== "<NONEXISTENT>").length} tasks).`,
);
