#!/usr/bin/env node
/**
 * node scripts/sync-license.mjs [--root DIR]
 *
 * Copies the root LICENSE into every publishable package folder, so that
 * `pnpm pack` / `changeset publish` put it in each tarball (npm always packs a
 * package's LICENSE). The copies are build output, not sources. Run by the
 * release, the release dry run, the package checks and the smoke tests.
 */
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./lib/manifest.mjs";
import { workspacePackages } from "./lib/packages.mjs";

/** Copies LICENSE where it is missing or different; returns the package folders it wrote to. */
export function syncLicense(root = ROOT) {
  const source = join(root, "LICENSE");
  const license = readFileSync(source, "utf8");
  const written = [];
  for (const pkg of workspacePackages(root)) {
    const target = join(pkg.dir, "LICENSE");
    if (existsSync(target) && readFileSync(target, "utf8") === license) continue;
    copyFileSync(source, target);
    written.push(pkg.slug);
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf("--root");
  const written = syncLicense(i === -1 ? ROOT : resolve(process.argv[i + 1]));
  console.log(
    written.length ? `LICENSE copied into packages/{${written.join(",")}}` : "LICENSE is up to date in every package.",
  );
}
