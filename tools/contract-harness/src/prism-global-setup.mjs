/**
 * Vitest global setup for contract tests: one Prism process per vendor per test
 * run, on a free port, serving the package's bundled spec; always stopped.
 * Tests read its URL with `inject("mockUrl")`. Also starts the run with an empty
 * coverage folder (see coverage.ts), and removes it when the run ends.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { coverageDir } from "./coverage-dir.mjs";
import { startPrism } from "./prism.mjs";

export default async function setup(project) {
  const coverage = coverageDir(project.config.root);
  rmSync(coverage, { recursive: true, force: true });
  mkdirSync(coverage, { recursive: true });
  project.provide("contractCoverageDir", coverage);
  const spec = join(project.config.root, "src", "generated", "openapi.yaml");
  const mock = await startPrism({ spec });
  project.provide("mockUrl", mock.url);
  return async () => {
    await mock.stop();
    rmSync(coverage, { recursive: true, force: true });
  };
}
