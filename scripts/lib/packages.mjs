/**
 * The publishable packages of the workspace, found on disk (packages/<dir>/package.json,
 * not private), in dependency order, each marked as a vendor when its folder name is a
 * slug in redocly.yaml. Also: packing them as a consumer would get them (`pnpm pack`),
 * reading the tarball back, and the rules every tarball must follow.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pack as packDir, unpack } from "@publint/pack";
import { ROOT, vendors } from "./manifest.mjs";

/** Every publishable package under packages/, dependencies before their dependents. */
export function workspacePackages(root = ROOT) {
  const manifest = new Map(vendors(root).map((v) => [v.slug, v]));
  const dir = join(root, "packages");
  const found = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "package.json")))
    .map((entry) => {
      const pkgDir = join(dir, entry.name);
      const json = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
      return {
        slug: entry.name,
        name: json.name,
        version: json.version,
        dir: pkgDir,
        json,
        vendor: manifest.get(entry.name),
      };
    })
    .filter((pkg) => pkg.name && pkg.json.private !== true);
  const names = new Set(found.map((p) => p.name));
  const internalDeps = (p) =>
    Object.keys({ ...p.json.dependencies, ...p.json.peerDependencies }).filter((n) => names.has(n));
  const ordered = [];
  const visit = (p, stack = []) => {
    if (ordered.includes(p) || stack.includes(p)) return;
    for (const dep of internalDeps(p))
      visit(
        found.find((q) => q.name === dep),
        [...stack, p],
      );
    ordered.push(p);
  };
  for (const p of found.sort((a, b) => a.slug.localeCompare(b.slug))) visit(p);
  return ordered.map((p) => ({ ...p, internalDeps: internalDeps(p) }));
}

/** Runs a command; resolves with its output, rejects with it on a non-zero exit. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = options.timeoutMs ? setTimeout(() => child.kill("SIGKILL"), options.timeoutMs) : undefined;
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else {
        const error = new Error(
          `\`${command} ${args.join(" ")}\` failed (${signal ?? `exit ${code}`}):\n${`${stdout}\n${stderr}`.trim()}`,
        );
        Object.assign(error, { stdout, stderr, code });
        reject(error);
      }
    });
  });
}

/**
 * Installs npm packages (registry specs such as `bun@1.3.0`, or tarball paths) into `dir`, which
 * must exist, without audit, funding or progress output; rejects with npm's output when it fails.
 */
export function npmInstall(dir, specs, { timeoutMs = 300_000 } = {}) {
  const args = ["install", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel=error", ...specs];
  return run("npm", args, { cwd: dir, timeoutMs });
}

/** Runs `fn` over `items`, at most `limit` at a time, keeping the order of results. */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * `pnpm pack` of one package into `dest`: what `changeset publish` uploads
 * (`workspace:` ranges rewritten to real versions). Returns the tarball path.
 */
export const pack = (pkg, dest) => packDir(pkg.dir, { packageManager: "pnpm", destination: dest });

/**
 * The files of a tarball (paths without the leading `package/`, data as a Buffer)
 * and its package.json, parsed.
 * @returns {Promise<{ files: { path: string, data: Buffer }[], json: object }>}
 */
export async function readTarball(file) {
  const { files, rootDir } = await unpack(readFileSync(file));
  const list = files.map((f) => ({
    path: f.name.slice(rootDir.length + 1),
    data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength),
  }));
  const manifest = list.find((f) => f.path === "package.json");
  if (!manifest) throw new Error(`${file} has no package.json`);
  return { files: list, json: JSON.parse(manifest.data.toString("utf8")) };
}

/** Files a user of the package needs, besides the ones under dist/. */
const ALWAYS = ["package.json", "README.md", "LICENSE"];
const ALLOWED = [...ALWAYS, "CHANGELOG.md"];

/** Every file a package.json entry point (`main`, `module`, `types`, `exports`) names. */
function entryFiles(json) {
  const files = [json.main, json.module, json.types];
  const walk = (node) => {
    if (typeof node === "string") files.push(node);
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  walk(json.exports);
  return [...new Set(files.filter(Boolean).map((f) => f.replace(/^\.\//, "")))];
}

/**
 * Problems with a packed tarball: files a user does not need (tests, sources,
 * configs), files a user does need that are missing (entry points, README,
 * LICENSE, the vendor's spec), and `workspace:` ranges left in package.json.
 */
export function tarballProblems(files, json, { vendor }) {
  const problems = [];
  const paths = files.map((f) => f.path);
  for (const path of paths) {
    if (!ALLOWED.includes(path) && !path.startsWith("dist/")) problems.push(`ships ${path}, which users do not need`);
    else if (/\.test(-d)?\.[cm]?[jt]s$|(^|\/)(test|tests|__tests__|src)\//.test(path))
      problems.push(`ships ${path}, which users do not need`);
  }
  const required = [
    ...ALWAYS,
    "dist/index.js",
    "dist/index.cjs",
    "dist/index.d.ts",
    "dist/index.d.cts",
    ...(vendor ? ["dist/openapi.yaml"] : []),
    ...entryFiles(json),
  ];
  for (const path of new Set(required)) {
    if (path === "package.json") continue;
    if (!paths.includes(path)) problems.push(`is missing ${path}`);
  }
  const text = JSON.stringify(json);
  const links = text.match(/"[^"]+":"(workspace|link|file):[^"]*"/g);
  if (links) problems.push(`package.json still holds local links: ${links.join(", ")}`);
  if (vendor && json.exports?.["./openapi.yaml"] !== "./dist/openapi.yaml")
    problems.push('exports has no "./openapi.yaml": "./dist/openapi.yaml"');
  return problems;
}
