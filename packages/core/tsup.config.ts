/**
 * Core builds two entries, the public API (index) and the building blocks of vendor packages
 * (runtime), split so that both import one shared chunk: one copy of each class, so `instanceof`
 * holds across them.
 */
import { defineConfig } from "tsup";
import base from "../../tsup.config.base";

export default defineConfig({ ...base, entry: { index: "src/index.ts", runtime: "src/runtime.ts" }, splitting: true });
