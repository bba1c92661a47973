/**
 * Bun and Deno for the smoke test, installed from the npm registry (packages
 * `bun` and `deno`, whose postinstall takes the binary from their per-platform
 * npm packages, e.g. @oven/bun-linux-x64 and @deno/linux-x64-glibc) into a cache
 * folder under the system temp dir, reused while the versions stay the same.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../lib/packages.mjs";

/** Pinned so that a new runtime release cannot break the check suite unannounced. */
export const RUNTIME_VERSIONS = { bun: "1.4.5", deno: "2.9.6" };

function works(bin) {
  return existsSync(bin) && spawnSync(bin, ["--version"], { encoding: "utf8" }).status === 0;
}

/** The binary: the `.bin` link the postinstall set up, else straight from the platform package. */
function binary(dir, name) {
  const linked = join(dir, "node_modules", ".bin", name);
  if (works(linked)) return linked;
  const scope = join(dir, "node_modules", name === "bun" ? "@oven" : "@deno");
  const platform = existsSync(scope)
    ? readdirSync(scope).filter((p) => p.includes(process.platform === "win32" ? "windows" : process.platform))
    : [];
  for (const p of platform) {
    const bin = name === "bun" ? join(scope, p, "bin", "bun") : join(scope, p, "deno");
    if (works(bin)) return bin;
  }
  return undefined;
}

/** @returns {Promise<{ bun?: string, deno?: string, dir: string, installed: boolean, problems: string[] }>} */
export async function ensureRuntimes() {
  const dir =
    process.env.SMOKE_RUNTIMES_DIR ??
    join(tmpdir(), "voiceapis-smoke-runtimes", `bun-${RUNTIME_VERSIONS.bun}-deno-${RUNTIME_VERSIONS.deno}`);
  let bun = binary(dir, "bun");
  let deno = binary(dir, "deno");
  let installed = false;
  const problems = [];
  if (!bun || !deno) {
    mkdirSync(dir, { recursive: true });
    try {
      await run(
        "npm",
        [
          "install",
          "--prefix",
          dir,
          "--no-audit",
          "--no-fund",
          "--loglevel=error",
          `bun@${RUNTIME_VERSIONS.bun}`,
          `deno@${RUNTIME_VERSIONS.deno}`,
        ],
        { timeoutMs: 300_000 },
      );
      installed = true;
    } catch (error) {
      problems.push(`npm install bun deno failed: ${error.message}`);
    }
    bun = binary(dir, "bun");
    deno = binary(dir, "deno");
  }
  if (!bun) problems.push(`no working bun binary under ${dir}`);
  if (!deno) problems.push(`no working deno binary under ${dir}`);
  return { bun, deno, dir, installed, problems };
}
