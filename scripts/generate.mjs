#!/usr/bin/env node
/**
 * pnpm generate [slug…]
 *
 * Regenerates packages/<slug>/src/generated/ from each spec in redocly.yaml:
 * the bundled spec, the TypeScript types and the pagination metadata.
 * Every vendor is generated in memory first; only when all succeed are the
 * folders swapped in, so a broken spec leaves the previous output untouched.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "./lib/args.mjs";
import { generateVendor } from "./lib/codegen.mjs";
import { selectVendors } from "./lib/manifest.mjs";

async function main() {
  const { root, slugs } = parseArgs();
  const outputs = [];
  for (const vendor of selectVendors(slugs, root)) {
    outputs.push([vendor, await generateVendor(vendor, root)]);
  }
  for (const [vendor, files] of outputs) {
    const target = join(root, vendor.generatedDir);
    const staging = `${target}.new-${process.pid}`;
    const old = `${target}.old-${process.pid}`;
    mkdirSync(staging, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(staging, name), text);
    if (existsSync(target)) renameSync(target, old);
    renameSync(staging, target);
    rmSync(old, { recursive: true, force: true });
    console.log(`generated ${vendor.generatedDir} (${Object.keys(files).join(", ")})`);
  }
}

main().catch((error) => {
  console.error(`generate failed; nothing was written.\n${error.message}`);
  process.exit(1);
});
