#!/usr/bin/env node
/**
 * pnpm bench — the runtime's benchmarks (bench/): requests per second and CPU per request
 * against bare fetch and openapi-fetch at concurrency 1 and 8, the heap each call leaves
 * behind, and the browser bundle size of a Voxfra client. Prints tables; asserts nothing.
 * Measures the built packages, so run `pnpm build` first.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { bundleSize } from "../bench/bundle-size.mjs";
import { memory } from "../bench/memory.mjs";
import { overhead } from "../bench/overhead.mjs";
import { startServer } from "../bench/start-server.mjs";
import { ROOT } from "./lib/manifest.mjs";

const voxfraEntry = join(ROOT, "packages/voxfra/dist/index.js");
for (const entry of [voxfraEntry, join(ROOT, "packages/core/dist/index.js")]) {
  if (!existsSync(entry)) {
    console.error(`pnpm bench measures the built packages, and ${entry} is missing. Run \`pnpm build\` first.`);
    process.exit(1);
  }
}

const table = (rows) => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(" | ")} |`;
  console.log(`\n${line(rows[0])}\n|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  for (const row of rows.slice(1)) console.log(line(row));
};

console.log("Measuring requests per second (loopback HTTP, GET /v1/auth/me, concurrency 1 and 8)…");
const server = await startServer();
let speed;
try {
  speed = await overhead({ baseUrl: server.baseUrl });
} finally {
  await server.stop();
}
const speedRows = [["side", "c", "req/s", "÷ bare fetch", "÷ openapi-fetch", "CPU per request"]];
for (const [concurrency, sides] of Object.entries(speed)) {
  for (const [side, { rps, cpuUs }] of Object.entries(sides)) {
    speedRows.push([
      side === "voxfra" ? "Voxfra client" : side,
      concurrency,
      Math.round(rps).toLocaleString("en-US"),
      (rps / sides["bare fetch"].rps).toFixed(2),
      (rps / sides["openapi-fetch"].rps).toFixed(2),
      `${Math.round(cpuUs)} µs`,
    ]);
  }
}
table(speedRows);
console.log(
  "Median of 7 rounds of 2,000 requests; every round runs each side once, in an order rotated per round; the server runs in its own process.",
);

console.log(
  "\nMeasuring retained heap per call (20,000 sequential calls per side, each side in a fresh process, after forced GC)…",
);
const retained = await memory({ calls: 20_000 });
table([
  ["side", "retained bytes per call", "heap after"],
  ...Object.entries(retained).map(([side, r]) => [
    side,
    r.retainedBytesPerCall.toFixed(0),
    `${r.heapAfterMB.toFixed(1)} MB`,
  ]),
]);

console.log("\nMeasuring bundle size (esbuild, minified ESM for the browser, gzip)…");
const size = await bundleSize({
  voxfraEntry,
  voxfraDir: join(ROOT, "packages/voxfra"),
  coreDir: join(ROOT, "packages/core"),
});
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
table([
  ["bundle", "min", "min+gzip"],
  ["Voxfra client + one call", kB(size.voxfra.minBytes), kB(size.voxfra.gzipBytes)],
  ["openapi-fetch alone + one call", kB(size.openapiFetch.minBytes), kB(size.openapiFetch.gzipBytes)],
]);
console.log("One createVoxfraClient call, openapi-fetch and @voiceapis/core inlined; gzip level 9.");
