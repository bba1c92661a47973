#!/usr/bin/env node
/**
 * pnpm check:cache [--keep] — proves that turbo's remote cache shares work
 * between machines. It starts a self-hosted Turborepo remote cache on loopback
 * (the `turborepo-remote-cache` npm package, local storage, a free port), then:
 *   1. clones HEAD into a temp dir, installs offline from the pnpm store
 *      (frozen lockfile) and runs `turbo run build typecheck` against the remote;
 *   2. does the same in a second fresh clone, whose local cache is empty;
 * and fails unless every task of the second run was a remote cache hit (else it
 * names each task and how its cache key differs) and the two clones end with
 * the same files (else it names each file: an undeclared output goes missing).
 * The server is stopped and the clones removed at the end. Checks committed
 * work only (HEAD), as another machine would see it.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hashTree, readSummary, remoteMisses, subtreeHash, taskCount, treeDifferences } from "./lib/cache-report.mjs";
import { ROOT } from "./lib/manifest.mjs";
import { run, workspacePackages } from "./lib/packages.mjs";
import { ensureServer, SERVER_VERSION, startServer } from "./lib/remote-cache-server.mjs";

const TASKS = ["build", "typecheck"];
const keep = process.argv.includes("--keep");

/** The environment of a run: this one's, without any TURBO_* that would change caching, plus the remote. */
function turboEnv(server) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TURBO_")));
  return {
    ...env,
    TURBO_API: server.url,
    TURBO_TOKEN: server.token,
    TURBO_TEAM: server.team,
    TURBO_TELEMETRY_DISABLED: "1",
    DO_NOT_TRACK: "1",
  };
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Clones `commit` into `dir`, installs from the store, runs the tasks against the remote; returns timings. */
async function cloneAndRun(dir, commit, server) {
  const started = Date.now();
  await run("git", ["clone", "--quiet", "--no-checkout", ROOT, dir]);
  await run("git", ["-c", "advice.detachedHead=false", "checkout", "--quiet", commit], { cwd: dir });
  try {
    await run("pnpm", ["install", "--offline", "--frozen-lockfile", "--reporter=silent"], {
      cwd: dir,
      timeoutMs: 300_000,
    });
  } catch (error) {
    throw new Error(`pnpm install --offline --frozen-lockfile failed in a fresh clone of HEAD:\n${error.message}`);
  }
  const install = seconds(started);
  const installed = Date.now();
  await run(
    join(dir, "node_modules", ".bin", "turbo"),
    ["run", ...TASKS, "--concurrency=2", "--summarize", "--output-logs=errors-only"],
    { cwd: dir, env: turboEnv(server), timeoutMs: 600_000 },
  );
  return { install, turbo: seconds(installed) };
}

async function main() {
  const started = Date.now();
  const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  const tmp = mkdtempSync(join(tmpdir(), "voiceapis-cache-"));
  const storage = join(tmp, "remote-storage");
  mkdirSync(storage);
  const cli = await ensureServer();
  const server = await startServer(cli, storage);
  const serverUp = seconds(started);
  const stopAll = () => server.stop();
  let removing;
  process.once("SIGINT", () => stopAll().then(() => process.exit(130)));
  try {
    console.log(
      `Remote cache: turborepo-remote-cache ${SERVER_VERSION} on ${server.url} (local storage), up after ${serverUp}.`,
    );
    const first = join(tmp, "first");
    const second = join(tmp, "second");
    const t1 = await cloneAndRun(first, head, server);
    const uploaded = server.artifacts();
    console.log(
      `First clone of ${head.slice(0, 10)}: clone and install ${t1.install}, turbo ${t1.turbo}; ${uploaded} artifacts uploaded.`,
    );
    const summaryA = readSummary(first);
    const treeA = hashTree(first);
    // The first clone is no longer needed: remove it while the second one works.
    removing = keep ? undefined : rm(first, { recursive: true, force: true });
    const t2 = await cloneAndRun(second, head, server);
    console.log(`Second clone, empty local cache: clone and install ${t2.install}, turbo ${t2.turbo}.`);

    const summaryB = readSummary(second);
    const misses = remoteMisses(summaryA, summaryB);
    const treeB = hashTree(second);
    const differences = treeDifferences(treeA, treeB);

    const rows = Object.fromEntries(
      workspacePackages(second).map((p) => {
        const dist = `packages/${p.slug}/dist/`;
        const a = subtreeHash(treeA, dist);
        const b = subtreeHash(treeB, dist);
        return [p.name, { "dist sha256": b?.slice(0, 16) ?? "none", same: a === b ? "yes" : "NO" }];
      }),
    );
    console.table(rows);

    const problems = [];
    if (misses.length)
      problems.push(
        `${misses.length} of ${taskCount(summaryB)} tasks of the second run were not served by the remote cache:`,
        ...misses.map((m) => `  ${m.taskId} (${m.status}):\n    ${m.reasons.join("\n    ")}`),
      );
    if (differences.length)
      problems.push(
        `The two clones differ after the runs (${differences.length} files):`,
        ...differences.map((d) => `  ${d}`),
      );
    if (problems.length) {
      console.error(`\n${problems.join("\n")}`);
      process.exitCode = 1;
    } else {
      console.log(
        `Remote cache check passed: all ${taskCount(summaryB)} tasks (${TASKS.join(", ")}) of the second clone were remote cache hits, ` +
          `and both clones hold the same ${treeB.size} files (${seconds(started)}).`,
      );
    }
  } finally {
    await stopAll();
    await removing;
    if (keep) console.log(`Kept the clones and the cache in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`check:cache could not run.\n${error.stack ?? error.message}`);
  process.exit(1);
});
