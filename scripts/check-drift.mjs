#!/usr/bin/env node
/**
 * pnpm check:drift [slug…]
 *
 * Regenerates every vendor in memory and compares the result with the files
 * committed under packages/<slug>/src/generated/. Fails, naming each file, when
 * anything differs, is missing or is extra. Run `pnpm generate` to fix drift.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "./lib/args.mjs";
import { generateVendor } from "./lib/codegen.mjs";
import { selectVendors } from "./lib/manifest.mjs";

async function main() {
  const { root, slugs } = parseArgs();
  const problems = [];
  for (const vendor of selectVendors(slugs, root)) {
    const files = await generateVendor(vendor, root);
    const dir = join(root, vendor.generatedDir);
    const onDisk = existsSync(dir) ? readdirSync(dir) : [];
    for (const [name, text] of Object.entries(files)) {
      const path = join(vendor.generatedDir, name);
      if (!onDisk.includes(name)) problems.push(`missing: ${path}`);
      else if (readFileSync(join(dir, name), "utf8") !== text) problems.push(`differs: ${path}`);
    }
    for (const name of onDisk) if (!(name in files)) problems.push(`extra:   ${join(vendor.generatedDir, name)}`);
  }
  if (problems.length > 0) {
    console.error(
      `Generated files are out of date with the specs:\n  ${problems.join("\n  ")}\nRun \`pnpm generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log("No drift: generated files match the specs.");
}

main().catch((error) => {
  console.error(`check:drift could not run.\n${error.message}`);
  process.exit(1);
});
