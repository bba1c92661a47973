/**
 * Vitest global setup of the `coverage` project: tells test/coverage.test.ts where the
 * `contract` project's test files left the operations they exercised.
 */
import { coverageDir } from "./coverage-dir.mjs";

export default function setup(project) {
  project.provide("contractCoverageDir", coverageDir(project.config.root));
}
