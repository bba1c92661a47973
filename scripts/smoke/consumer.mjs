/**
 * A fresh consumer project outside the workspace (under the system temp dir)
 * with packed tarballs installed by plain `npm install`: no workspace links.
 * Also checks that npm took @voiceapis/* dependencies from the tarballs given
 * (the `workspace:^` ranges were rewritten to real versions by `pnpm pack`) and
 * did not fetch or nest another copy.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { npmInstall } from "../lib/packages.mjs";

/**
 * @param {string} dir an empty folder outside the workspace
 * @param {{ name: string, version: string, tarball: string }[]} packages what to install, dependencies included
 * @returns {Promise<string[]>} problems with how npm resolved them
 */
export async function installConsumer(dir, packages) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "voiceapis-smoke-consumer", private: true, version: "0.0.0" }, null, 2)}\n`,
  );
  await npmInstall(
    dir,
    packages.map((p) => p.tarball),
    { timeoutMs: 180_000 },
  );
  const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8"));
  const problems = [];
  for (const p of packages) {
    const entry = lock.packages?.[`node_modules/${p.name}`];
    if (!entry) problems.push(`${p.name} is not installed at the top level`);
    else if (!String(entry.resolved).startsWith("file:"))
      problems.push(`${p.name} was resolved from ${entry.resolved}, not from its tarball`);
    else if (entry.version !== p.version)
      problems.push(`${p.name} is installed at ${entry.version}, expected ${p.version}`);
    const installed = join(dir, "node_modules", p.name, "package.json");
    if (existsSync(installed) && readFileSync(installed, "utf8").includes('"workspace:'))
      problems.push(`the installed ${p.name}/package.json still has a workspace: range`);
  }
  for (const key of Object.keys(lock.packages ?? {})) {
    if (/node_modules\/@voiceapis\/[^/]+\/node_modules\/@voiceapis\//.test(key))
      problems.push(`npm nested a second copy: ${key}`);
  }
  return problems;
}
