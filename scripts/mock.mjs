#!/usr/bin/env node
/**
 * pnpm mock [slug…]
 *
 * Starts a Prism mock per named vendor (default: every vendor in redocly.yaml)
 * on its fixed port (4010, 4011, … in manifest order), waits until each one
 * answers, prints vendor → URL → spec, and stops them all on Ctrl-C.
 * Serves the bundled spec in packages/<slug>/src/generated/ (run `pnpm generate` first).
 * `--dynamic` (`-d`) runs Prism in its dynamic mode: answers are generated from the
 * response schemas, different on every call, instead of the spec's first example.
 * `--once` starts them, prints the table and stops again (a smoke check).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { selectVendors } from "./lib/manifest.mjs";
import { startPrism } from "@voiceapis/contract-harness/prism";

const USAGE = "Usage: pnpm mock [--dynamic|-d] [--once] [slug…]";
let once, dynamic, chosen;
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { once: { type: "boolean", default: false }, dynamic: { type: "boolean", short: "d", default: false } },
  });
  ({ once, dynamic } = values);
  chosen = selectVendors(positionals);
} catch (error) {
  console.error(`mock: ${error.message}\n${USAGE}`);
  process.exit(2);
}
const mocks = [];

async function stopAll() {
  await Promise.all(mocks.map((m) => m.stop()));
}

async function main() {
  for (const vendor of chosen) {
    const spec = join(vendor.generatedDir, "openapi.yaml");
    if (!existsSync(spec)) throw new Error(`${spec} is missing: run \`pnpm generate\` first.`);
    mocks.push({ vendor, spec, ...(await startPrism({ spec, port: vendor.mockPort, dynamic })) });
  }
  console.table(mocks.map((m) => ({ vendor: m.vendor.slug, url: m.url, spec: m.vendor.spec })));
  if (once) return stopAll();
  const answers = dynamic
    ? "answer with data generated from the response schemas (dynamic mode)"
    : "answer with the spec's examples (`--dynamic` for generated data)";
  console.log(`Mocks validate every request against its spec and ${answers}. Press Ctrl-C to stop them.`);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => stopAll().then(() => process.exit(0)));
  }
}

main().catch(async (error) => {
  await stopAll();
  console.error(`mock failed: ${error.message}`);
  process.exit(1);
});
