/**
 * The vitest config every vendor package inherits in one line: unit tests,
 * type tests (`*.test-d.ts`) and contract tests against one Prism mock per run.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const globalSetup = fileURLToPath(new URL("./scripts/lib/prism-global-setup.mjs", import.meta.url));

export const vendorTestConfig = defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: [globalSetup],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
  },
});
