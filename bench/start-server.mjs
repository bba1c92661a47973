/**
 * Starts the benchmark server (server.mjs) in its own process and hands back its URL and a stop function.
 */
import { fork } from "node:child_process";

export async function startServer() {
  const server = fork(new URL("./server.mjs", import.meta.url), { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const { port } = await new Promise((resolve, reject) => {
    server.once("message", resolve);
    server.once("error", reject);
    server.once("exit", (code) => reject(new Error(`the benchmark server exited (${code})`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      server.send("stop");
      if (server.exitCode === null) await new Promise((resolve) => server.once("exit", resolve));
    },
  };
}
