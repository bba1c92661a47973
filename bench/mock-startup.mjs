#!/usr/bin/env node
/**
 * pnpm bench:mocks — how long each vendor's Prism mock takes to start (spawn to
 * first answer), median of a few starts, next to the size of the bundled spec
 * it serves. Reports; asserts nothing. Run `pnpm build` (or `pnpm generate`) first.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT, vendors } from "../scripts/lib/manifest.mjs";
import { startPrism } from "@voiceapis/contract-harness/prism";

const ROUNDS = 3;

export async function mockStartup() {
  const rows = [];
  for (const vendor of vendors()) {
    const spec = join(ROOT, vendor.generatedDir, "openapi.yaml");
    const times = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      const mock = await startPrism({ spec });
      times.push(performance.now() - started);
      await mock.stop();
    }
    times.sort((a, b) => a - b);
    rows.push({
      vendor: vendor.slug,
      "spec kB": Math.round(statSync(spec).size / 1000),
      "median start ms": Math.round(times[Math.floor(ROUNDS / 2)]),
      "min–max ms": `${Math.round(times[0])}–${Math.round(times.at(-1))}`,
    });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.table(await mockStartup());
  console.log(
    `Prism 5.16.0, spawn to first answer on 127.0.0.1 (readiness polled every 200 ms), median of ${ROUNDS} starts.`,
  );
}
