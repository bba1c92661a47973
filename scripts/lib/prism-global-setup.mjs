/**
 * Vitest global setup for contract tests: one Prism process per vendor per test
 * run, on a free port, serving the package's bundled spec; always stopped.
 * Tests read its URL with `inject("mockUrl")`.
 */
import { join } from "node:path";
import { startPrism } from "./prism.mjs";

export default async function setup(project) {
  const spec = join(project.config.root, "src", "generated", "openapi.yaml");
  const mock = await startPrism({ spec });
  project.provide("mockUrl", mock.url);
  return async () => {
    await mock.stop();
  };
}
