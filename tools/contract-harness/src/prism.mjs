/**
 * Starts one Prism mock server for a spec, on 127.0.0.1, with request
 * validation on (`--errors`), and waits until it answers. Used by `pnpm mock`
 * and by every contract test, so both see the same mock.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const PRISM = join(require.resolve("@stoplight/prism-cli/package.json"), "..", "dist", "index.js");

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ spec: string, port?: number, dynamic?: boolean, timeoutMs?: number }} options
 *   `dynamic`: Prism's dynamic mode (`--dynamic`), answers generated from the schemas instead of the examples
 * @returns {Promise<{ url: string, port: number, output: () => string, stop: () => Promise<void> }>}
 */
export async function startPrism({ spec, port, dynamic = false, timeoutMs = 30_000 }) {
  port ??= await freePort();
  const child = spawn(
    process.execPath,
    [PRISM, "mock", spec, "--host", "127.0.0.1", "--port", String(port), "--errors", ...(dynamic ? ["--dynamic"] : [])],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (true) {
    if (child.exitCode !== null)
      throw new Error(`Prism exited (code ${child.exitCode}) before answering for ${spec}:\n${output}`);
    try {
      await fetch(`${url}/__prism_ready__`, { signal: AbortSignal.timeout(1_000) });
      return { url, port, output: () => output, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`Prism did not answer on ${url} within ${timeoutMs} ms for ${spec}. Its output:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
