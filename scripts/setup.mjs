#!/usr/bin/env node
/**
 * npm run setup — the first Quick start command, for a fresh machine with only
 * Node ≥ 20.19 and npm: installs pnpm when missing, installs the workspace from
 * the lockfile, generates and builds every package, then runs a short demo of
 * the Voxfra client against its Prism mock. Uses nothing but Node built-ins.
 */
import { spawnSync } from "node:child_process";

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) {
    console.error(`\nsetup stopped: \`${command} ${args.join(" ")}\` failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const hasPnpm = spawnSync("pnpm", ["--version"], { stdio: "ignore", shell: process.platform === "win32" }).status === 0;
if (!hasPnpm) run("npm", ["install", "--global", "pnpm@10"]);
run("pnpm", ["install", "--frozen-lockfile"]);
run("pnpm", ["build"]);
run("node", ["scripts/demo.mjs"]);
