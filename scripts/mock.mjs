#!/usr/bin/env node
/**
 * pnpm mock [slug…]
 *
 * Starts a Prism mock per named vendor (default: every vendor in redocly.yaml)
 * on its fixed port (4010, 4011, … in manifest order), waits until each one
 * answers, prints vendor → URL → spec, and stops them all on Ctrl-C.
 * Serves the bundled spec in packages/<slug>/src/generated/ (run `pnpm generate` first).
 * `--once` starts them, prints the table and stops again (a smoke check).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { selectVendors } from "./lib/manifest.mjs";
import { startPrism } from "./lib/prism.mjs";

const args = process.argv.slice(2);
const once = args.includes("--once");
const chosen = selectVendors(args.filter((a) => a !== "--once"));
const mocks = [];

async function stopAll() {
  await Promise.all(mocks.map((m) => m.stop()));
}

async function main() {
  for (const vendor of chosen) {
    const spec = join(vendor.generatedDir, "openapi.yaml");
    if (!existsSync(spec)) throw new Error(`${spec} is missing: run \`pnpm generate\` first.`);
    mocks.push({ vendor, spec, ...(await startPrism({ spec, port: vendor.mockPort })) });
  }
  console.table(mocks.map((m) => ({ vendor: m.vendor.slug, url: m.url, spec: m.vendor.spec })));
  if (once) return stopAll();
  console.log("Mocks validate every request against its spec. Press Ctrl-C to stop them.");
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => stopAll().then(() => process.exit(0)));
  }
}

main().catch(async (error) => {
  await stopAll();
  console.error(`mock failed: ${error.message}`);
  process.exit(1);
});
