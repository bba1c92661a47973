#!/usr/bin/env node
/**
 * pnpm bench — the runtime's benchmarks (bench/): requests per second and CPU per request
 * against bare fetch and openapi-fetch at concurrency 1 and 8, the heap each call leaves
 * behind, the browser bundle size of each client (size-limit, .size-limit.json), and the test kit's
 * fake against a Prism mock (bench/test-kit.mjs). Prints tables; asserts nothing (`pnpm size` is the check).
 * Measures the built packages, so run `pnpm build` first.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { memory } from "../bench/memory.mjs";
import { overhead } from "../bench/overhead.mjs";
import { startServer } from "../bench/start-server.mjs";
import { testKitBench } from "../bench/test-kit.mjs";
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

console.log("\nMeasuring bundle sizes (size-limit: esbuild bundle of one import, minified, gzip)…");
// size-limit exits 1 when a limit is exceeded; the bench reports the figures all the same. It needs
// Node 22 or later, as the rest of our tooling (npm run check fetches Node 24 where the machine has older).
const run = spawnSync("pnpm", ["exec", "size-limit", "--json"], { cwd: ROOT, encoding: "utf8" });
if (!run.stdout.trim().startsWith("[")) throw new Error(`size-limit could not run:\n${run.stderr || run.stdout}`);
const sizes = JSON.parse(run.stdout);
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
table([
  ["bundle", "min+gzip", "limit"],
  ...sizes.map((s) => [s.name, kB(s.size), s.sizeLimit === undefined ? "" : kB(s.sizeLimit)]),
]);
console.log(
  "Each entry imports one factory with its dependencies inlined (openapi-fetch, @voiceapis/core), tree-shaken.",
);

console.log(
  "\nMeasuring the test kit against Prism (1,000 sequential createClient calls through the client, each side)…",
);
const kit = await testKitBench({ calls: 1_000 });
table([Object.keys(kit.rows[0]), ...kit.rows.map((row) => Object.values(row).map(String))]);
console.log(
  `The in-process fake of @voiceapis/voxfra/testing (every request checked with ajv) is ${kit.speedup.toFixed(1)}× as fast as a Prism mock with --errors; "first call" includes compiling the operation's checks.`,
);
