/**
 * A local server in a child process, for the tools that start one (the Prism mocks, the remote
 * build cache): a free loopback port, the child's output kept for error messages, a wait until it
 * answers, and a stop that ends that child by its process id (SIGTERM, then SIGKILL).
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** A TCP port that was free a moment ago on 127.0.0.1. */
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
 * Runs `args` under this Node and resolves once `ready()` resolves true (a throw counts as not
 * yet); rejects, with the child's output, when the child exits first or `timeoutMs` passes.
 * @param {{ name: string, url: string, args: string[], env?: Record<string, string | undefined>,
 *   ready: () => Promise<boolean>, timeoutMs?: number, killAfterMs?: number }} options
 *   `name` and `url` are for the error messages; `killAfterMs`: how long `stop` waits before SIGKILL
 * @returns {Promise<{ output: () => string, stop: () => Promise<void> }>}
 */
export async function startChildServer({ name, url, args, env, ready, timeoutMs = 30_000, killAfterMs = 5_000 }) {
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited (code ${child.exitCode}) before answering:\n${output}`);
    if (await ready().catch(() => false)) return { output: () => output, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not answer on ${url} within ${timeoutMs} ms. Its output:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
