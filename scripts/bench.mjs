#!/usr/bin/env node
/**
 * pnpm bench — the runtime's benchmarks (bench/): client overhead against bare fetch,
 * and the browser bundle size of a Voxfra client. Prints a table; asserts nothing.
 * Measures the built packages, so run `pnpm build` first.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleSize } from "../bench/bundle-size.mjs";
import { overhead } from "../bench/overhead.mjs";
import { ROOT } from "./lib/manifest.mjs";

const voxfraEntry = join(ROOT, "packages/voxfra/dist/index.js");
const coreEntry = join(ROOT, "packages/core/dist/index.js");
for (const entry of [voxfraEntry, coreEntry]) {
  if (!existsSync(entry)) {
    console.error(`pnpm bench measures the built packages, and ${entry} is missing. Run \`pnpm build\` first.`);
    process.exit(1);
  }
}

const { createVoxfraClient } = await import(pathToFileURL(voxfraEntry).href);
// openapi-fetch as @voiceapis/core resolves it (its CommonJS build: `require` is what can resolve from here).
const createOpenapiFetch = createRequire(coreEntry)("openapi-fetch").default;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const rps = (value) => `${Math.round(value).toLocaleString("en-US")} req/s`;

console.log("Measuring client overhead (loopback HTTP, Voxfra GET /v1/auth/me)…");
const speed = await overhead({ createVoxfraClient, createOpenapiFetch });
console.log("Measuring bundle size (esbuild, minified ESM for the browser, gzip)…");
const size = await bundleSize({ voxfraEntry, voxfraDir: join(ROOT, "packages/voxfra"), coreDir: join(ROOT, "packages/core") });

const us = (value) => `${Math.round(value)} µs`;
const rows = [
  ["benchmark", "measured", "target"],
  ["bare fetch + json()", rps(speed.bare.rps), ""],
  ["openapi-fetch alone GET", rps(speed.openapiFetch.rps), ""],
  ["createVoxfraClient GET", rps(speed.client.rps), ""],
  ["client / bare fetch, req/s", speed.ratio.toFixed(3), "≥ 0.90"],
  ["openapi-fetch alone / bare fetch, req/s", (speed.openapiFetch.rps / speed.bare.rps).toFixed(3), ""],
  ["bare fetch, client CPU per request", us(speed.bare.cpuUs), ""],
  ["openapi-fetch alone, client CPU per request", us(speed.openapiFetch.cpuUs), ""],
  ["createVoxfraClient, client CPU per request", us(speed.client.cpuUs), ""],
  ["bare / client, CPU per request", speed.cpuRatio.toFixed(3), ""],
  ["Voxfra client, min", kB(size.voxfra.minBytes), ""],
  ["Voxfra client, min+gzip", kB(size.voxfra.gzipBytes), "≤ 4.5 kB"],
  ["openapi-fetch alone, min+gzip", kB(size.openapiFetch.gzipBytes), ""],
  ["runtime over openapi-fetch, gzip", kB(size.voxfra.gzipBytes - size.openapiFetch.gzipBytes), ""],
];
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(" | ")} |`;
console.log();
console.log(line(rows[0]));
console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
for (const row of rows.slice(1)) console.log(line(row));
console.log(
  `\nOverhead: median of ${speed.rounds} rounds of ${speed.requests} requests, ${speed.concurrency} in flight, after a warm-up; ` +
    `rounds alternate between bare fetch, openapi-fetch and the client; the server runs in its own process.\nBundle: one createVoxfraClient call, openapi-fetch and @voiceapis/core inlined; gzip level 9.`,
);
