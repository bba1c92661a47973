/**
 * The shared build, with the webhook verifier in a module of its own (ESM): a bundler then drops
 * it, and the `standardwebhooks` library it imports (CommonJS, so not tree-shakable by itself),
 * from apps that only use the client.
 */
import { defineConfig } from "tsup";
import base from "../../tsup.config.base";

export default defineConfig({
  ...base,
  entry: { index: "src/index.ts", webhooks: "src/webhooks.ts" },
  splitting: true,
});
