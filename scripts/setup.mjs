#!/usr/bin/env node
/**
 * npm run setup — the first Quick start command, for a fresh machine with only
 * Node ≥ 20.19 and npm: where that Node is not Node 24 LTS, brings node@24 from
 * the npm registry into .tools/node24 and goes on under it (scripts/lib/node-runtime.mjs);
 * installs pnpm when missing (and Debian's Chromium, for the browser smoke test,
 * when apt-get is there), installs the workspace from the lockfile, generates and
 * builds every package, then runs a short demo of the Voxfra client against its
 * Prism mock. Uses nothing but Node built-ins.
 */
import { spawnSync } from "node:child_process";
import { useToolchainNode } from "./lib/node-runtime.mjs";

await useToolchainNode(import.meta.url);

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const result = spawnSync(command, args, { stdio: "inherit", env, shell: process.platform === "win32" });
  if (result.status !== 0) {
    console.error(`\nsetup stopped: \`${command} ${args.join(" ")}\` failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const has = (command, args = ["--version"]) =>
  spawnSync(command, args, { stdio: "ignore", shell: process.platform === "win32" }).status === 0;

if (!has("pnpm")) run("npm", ["install", "--global", "pnpm@10"]);
// The browser smoke test drives Debian's Chromium (test tools' own browser downloads are not used).
if (!has("chromium") && has("apt-get", ["--help"])) {
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (args) => (sudo.length ? run("sudo", ["apt-get", ...args]) : run("apt-get", args));
  apt(["update"]);
  apt(["install", "-y", "--no-install-recommends", "chromium"]);
} else if (!has("chromium")) {
  console.warn("Chromium was not found and apt-get is not available: install Chromium for `pnpm smoke:browser`.");
}
run("pnpm", ["install", "--frozen-lockfile"]);
run("pnpm", ["build"]);
run("node", ["scripts/demo.mjs"]);
