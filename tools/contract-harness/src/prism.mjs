/**
 * Starts one Prism mock server for a spec, on 127.0.0.1, with request
 * validation on (`--errors`), and waits until it answers. Used by `pnpm mock`
 * and by every contract test, so both see the same mock.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { freePort, startChildServer } from "../../../scripts/lib/child-server.mjs";

const require = createRequire(import.meta.url);
const PRISM_PACKAGE = require.resolve("@stoplight/prism-cli/package.json");
const PRISM = join(PRISM_PACKAGE, "..", "dist", "index.js");

/** The Prism version every mock runs (pinned once, in this package's dependencies); READMEs must name the same. */
export const PRISM_VERSION = require(PRISM_PACKAGE).version;

export { freePort };

/**
 * @param {{ spec: string, port?: number, dynamic?: boolean, timeoutMs?: number }} options
 *   `dynamic`: Prism's dynamic mode (`--dynamic`), answers generated from the schemas instead of the examples
 * @returns {Promise<{ url: string, port: number, output: () => string, stop: () => Promise<void> }>}
 */
export async function startPrism({ spec, port, dynamic = false, timeoutMs = 30_000 }) {
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startChildServer({
    name: `Prism for ${spec}`,
    url,
    args: [PRISM, "mock", spec, "--host", "127.0.0.1", "--port", String(port), "--errors"].concat(
      dynamic ? ["--dynamic"] : [],
    ),
    // Any answer means it is listening (Prism answers an unknown route with an error).
    ready: () => fetch(`${url}/__prism_ready__`, { signal: AbortSignal.timeout(1_000) }).then(() => true),
    timeoutMs,
    killAfterMs: 3_000,
  });
  return { url, port, ...server };
}
