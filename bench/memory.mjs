/**
 * Retained memory per call: every side of `sides.mjs` runs `calls` sequential GETs against
 * the benchmark server, each side in a fresh process with `--expose-gc`, and reports the heap
 * left behind after full collections, divided by the number of calls. A client that keeps
 * something per call shows here as hundreds or thousands of bytes; one that keeps nothing,
 * as a few bytes of noise.
 */
import { fork } from "node:child_process";
import { sides } from "./sides.mjs";
import { startServer } from "./start-server.mjs";

/** @returns {Promise<Record<string, { retainedBytesPerCall: number, heapAfterMB: number }>>} */
export async function memory({ calls = 5_000, only = Object.keys(sides) } = {}) {
  const server = await startServer();
  try {
    const results = {};
    for (const side of only) {
      const child = fork(new URL("./memory-child.mjs", import.meta.url), [side, server.baseUrl, String(calls)], {
        execArgv: ["--expose-gc"],
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      results[side] = await new Promise((resolve, reject) => {
        child.once("message", resolve);
        child.once("exit", (code) =>
          reject(new Error(`the memory benchmark of ${side} exited (${code}) without a result`)),
        );
      });
      child.kill();
    }
    return results;
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await memory({ calls: Number(process.argv[2] ?? 5_000) }));
}
