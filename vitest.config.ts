/** Root vitest config: tests of the scripts themselves (package tests run per package through turbo). */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["scripts/**/*.test.mjs"],
    testTimeout: 60_000,
  },
});
