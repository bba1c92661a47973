/**
 * Core's tests, all under test/: `unit` (the default `pnpm test`) and `soak` (test/soak/, run by
 * `pnpm test:soak`): fault injection, the garbage-collector and the memory ceiling, which take
 * most of the time and exercise the runtime under load rather than one behaviour each.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The test kit imports the runtime by package name; in tests that is the source.
  resolve: { alias: { "@voiceapis/core": fileURLToPath(new URL("./src/index.ts", import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/soak/**"],
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
        },
      },
      { extends: true, test: { name: "soak", include: ["test/soak/**/*.test.ts"] } },
    ],
  },
});
