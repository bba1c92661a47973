#!/usr/bin/env node
/**
 * pnpm bench:types — what our largest package costs the type checker: runs
 * `tsc --extendedDiagnostics` on packages/voxys/bench/consumer.ts (a consumer
 * file that calls 50 Voxys operations with all three clients, importing the
 * built package as users do) and prints the figures. Fails only if tsc reports
 * an error (TS2589 "excessively deep" included); timings are reported, never
 * asserted. Run `pnpm build` first.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const tsc = join(createRequire(join(ROOT, "package.json")).resolve("typescript/package.json"), "..", "bin", "tsc");
const project = join(ROOT, "packages/voxys/bench/tsconfig.json");

export function measureTypecheck() {
  const built = join(ROOT, "packages/voxys/dist/index.d.ts");
  if (!existsSync(built))
    throw new Error(
      `pnpm bench:types checks against the built package, and ${built} is missing. Run \`pnpm build\` first.`,
    );
  const run = spawnSync(process.execPath, [tsc, "--noEmit", "--extendedDiagnostics", "-p", project], {
    encoding: "utf8",
  });
  const out = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`tsc failed on ${project}:\n${out}`);
  const figure = (name) => out.match(new RegExp(`^${name}:\\s+(.+)$`, "m"))?.[1].trim();
  return {
    files: figure("Files"),
    types: figure("Types"),
    instantiations: figure("Instantiations"),
    memory: figure("Memory used"),
    checkTime: figure("Check time"),
    totalTime: figure("Total time"),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = measureTypecheck();
  console.log("tsc --extendedDiagnostics on packages/voxys/bench/consumer.ts (50 Voxys operations, built package):");
  for (const [name, value] of Object.entries(result)) console.log(`  ${name.padEnd(15)} ${value}`);
}
