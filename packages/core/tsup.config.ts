/**
 * Core builds three entries: the public API (index) and the building blocks of vendor
 * packages (runtime), which share chunks and so one copy of the classes; and the test
 * kit (testing), built on its own so that it changes nothing in the other two. The test
 * kit imports the runtime by package name, kept external, so its errors are the same
 * SdkError class the client knows. The two builds run side by side, so dist/ is emptied
 * once here rather than by each (tsup's `clean` would race).
 */
import { rmSync } from "node:fs";
import { defineConfig } from "tsup";
import base from "../../tsup.config.base";

rmSync("dist", { recursive: true, force: true });

export default defineConfig([
  { ...base, clean: false, entry: { index: "src/index.ts", runtime: "src/runtime.ts" }, splitting: true },
  { ...base, clean: false, entry: { testing: "src/testing/index.ts" }, external: ["@voiceapis/core"] },
]);
