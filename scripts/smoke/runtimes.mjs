/**
 * The runtimes the smoke test runs the installed packages under, all from the
 * npm registry, pinned, and cached between runs:
 *   - Node 20, 22 and 24: packages `node@<version>` (scripts/lib/node-runtime.mjs).
 *     Node 20 is the oldest release our `engines` (`node >=20.19`) admits;
 *     Node 24 is the toolchain's own (`.tools/node24`, shared with `npm run check`).
 *     A version the smoke test itself runs on is used as it is.
 *   - Bun and Deno: packages `bun` and `deno`, whose postinstall takes the binary
 *     from their per-platform npm packages (e.g. @oven/bun-linux-x64 and @deno/linux-x64-glibc).
 * The cache is a folder under the system temp dir (or SMOKE_RUNTIMES_DIR), one
 * subfolder per version, reused while the versions stay the same.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installNode, TOOLCHAIN_DIR, TOOLCHAIN_NODE } from "../lib/node-runtime.mjs";
import { npmInstall } from "../lib/packages.mjs";

/** Pinned so that a new runtime release cannot break the check suite unannounced. */
export const RUNTIME_VERSIONS = { bun: "1.4.5", deno: "2.9.6" };

/** The Node releases the packages must run on: the `engines` floor, the latest 22.x, and the toolchain's 24.x. */
export const NODE_VERSIONS = { 20: "20.19.0", 22: "22.23.3", 24: TOOLCHAIN_NODE };

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

/** Bun and Deno in `dir`, installed from npm when either is missing. */
async function bunAndDeno(dir) {
  let bun = binary(dir, "bun");
  let deno = binary(dir, "deno");
  let installed = false;
  const problems = [];
  if (!bun || !deno) {
    mkdirSync(dir, { recursive: true });
    try {
      await npmInstall(dir, [`bun@${RUNTIME_VERSIONS.bun}`, `deno@${RUNTIME_VERSIONS.deno}`]);
      installed = true;
    } catch (error) {
      problems.push(`npm install bun deno failed: ${error.message}`);
    }
    bun = binary(dir, "bun");
    deno = binary(dir, "deno");
  }
  if (!bun) problems.push(`no working bun binary under ${dir}`);
  if (!deno) problems.push(`no working deno binary under ${dir}`);
  return { bun, deno, installed, problems };
}

/** One Node release: the running one when it is that version, else from npm. */
async function nodeRelease(version, cache) {
  if (process.versions.node === version) return { bin: process.execPath, installed: false };
  const dir = version === TOOLCHAIN_NODE ? TOOLCHAIN_DIR : join(cache, `node-${version}`);
  try {
    return await installNode(version, dir, { quiet: true });
  } catch (error) {
    return { problem: `node@${version}: ${error.message}` };
  }
}

/**
 * @returns {Promise<{ node: Record<string, string | undefined>, bun?: string, deno?: string, dir: string,
 *   installed: string[], problems: string[], nodeProblems: Record<string, string[]> }>}
 *   `node` maps a major ("20") to its binary; `installed` lists what was fetched now.
 */
export async function ensureRuntimes() {
  const dir = process.env.SMOKE_RUNTIMES_DIR ?? join(tmpdir(), "voiceapis-smoke-runtimes");
  const majors = Object.keys(NODE_VERSIONS);
  const [runtimes, ...nodes] = await Promise.all([
    bunAndDeno(join(dir, `bun-${RUNTIME_VERSIONS.bun}-deno-${RUNTIME_VERSIONS.deno}`)),
    ...majors.map((major) => nodeRelease(NODE_VERSIONS[major], dir)),
  ]);
  const installed = runtimes.installed ? ["bun", "deno"] : [];
  const node = {};
  const nodeProblems = {};
  majors.forEach((major, i) => {
    node[major] = nodes[i].bin;
    nodeProblems[major] = nodes[i].problem ? [nodes[i].problem] : [];
    if (nodes[i].installed) installed.push(`node ${NODE_VERSIONS[major]}`);
  });
  return { ...runtimes, node, nodeProblems, dir, installed };
}
