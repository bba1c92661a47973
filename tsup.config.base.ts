/**
 * The one build config every package inherits: ESM and CommonJS entry points
 * with their type declarations, built for any runtime (no Node built-ins).
 * A vendor package also ships its bundled spec as dist/openapi.yaml; every
 * package gets a copy of the root LICENSE (build output like dist/, git-ignored),
 * the only place it is copied: the release, its dry run and the smoke tests pack what the build left.
 */
import { copyFileSync, existsSync } from "node:fs";
import { defineConfig } from "tsup";

export default defineConfig({
  // A vendor package's test kit (src/testing.ts) is a second entry, built apart from the main one (no splitting).
  entry: existsSync("src/testing.ts") ? { index: "src/index.ts", testing: "src/testing.ts" } : ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  tsconfig: "tsconfig.build.json",
  sourcemap: false,
  splitting: false,
  treeshake: true,
  async onSuccess() {
    copyFileSync("../../LICENSE", "LICENSE");
    if (existsSync("src/generated/openapi.yaml")) copyFileSync("src/generated/openapi.yaml", "dist/openapi.yaml");
  },
});
