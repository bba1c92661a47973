/**
 * The shared build, with the webhook verifier in a module of its own (ESM): a bundler then drops
 * it, and the `standardwebhooks` library it imports (CommonJS, so not tree-shakable by itself),
 * from apps that only use the client. The test kit (src/testing.ts) is built apart, as in the
 * shared config. The two builds run side by side, so dist/ is emptied once here (tsup's `clean`
 * would race).
 */
import { existsSync, rmSync } from "node:fs";
import { defineConfig } from "tsup";
import base from "../../tsup.config.base";

rmSync("dist", { recursive: true, force: true });

export default defineConfig([
  { ...base, clean: false, entry: { index: "src/index.ts", webhooks: "src/webhooks.ts" }, splitting: true },
  ...(existsSync("src/testing.ts") ? [{ ...base, clean: false, entry: { testing: "src/testing.ts" } }] : []),
]);
