/**
 * The vitest config every vendor package inherits in one line. Two projects: `contract` (every
 * test file under test/: unit, type (`*.test-d.ts`) and contract tests against one Prism mock per
 * run) and then, once all of them are done, `coverage` (test/coverage.test.ts, which checks that
 * they exercised every operation of the spec).
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** @param {string} file */
const setup = (file) => fileURLToPath(new URL(file, import.meta.url));
const COVERAGE_FILE = "test/coverage.test.ts";

export const vendorTestConfig = defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "contract",
          include: ["test/**/*.test.ts"],
          exclude: [COVERAGE_FILE],
          globalSetup: [setup("./prism-global-setup.mjs")],
          // Not 0: Vitest 5 runs a group-0 project after every other group when it has one worker.
          sequence: { groupOrder: 1 },
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
        },
      },
      {
        extends: true,
        test: {
          name: "coverage",
          include: [COVERAGE_FILE],
          globalSetup: [setup("./coverage-global-setup.mjs")],
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
