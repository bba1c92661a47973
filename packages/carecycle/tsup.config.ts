/**
 * The shared build, with the webhook verifier in a module of its own (ESM, `splitting`): a
 * bundler then drops it, and the `standardwebhooks` library it imports (CommonJS, so not
 * tree-shakable by itself), from apps that only use the client. The test kit entry
 * (src/testing.ts) is built in the same run, so its type declarations share the client's
 * instead of repeating them.
 */
import { existsSync } from "node:fs";
import { defineConfig } from "tsup";
import base from "../../tsup.config.base";

export default defineConfig({
  ...base,
  entry: {
    index: "src/index.ts",
    webhooks: "src/webhooks.ts",
    ...(existsSync("src/testing.ts") ? { testing: "src/testing.ts" } : {}),
  },
  splitting: true,
});
