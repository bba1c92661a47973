/**
 * A self-hosted Turborepo remote cache on loopback, for the build-cache check:
 * the `turborepo-remote-cache` npm package (pinned), installed from the npm
 * registry into a cache folder under the system temp dir and reused while the
 * version stays the same, started with local storage on a free port and a
 * random token, and stopped by its process id.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { npmInstall } from "./packages.mjs";

/** Pinned so that a new server release cannot break the check suite unannounced. */
export const SERVER_VERSION = "2.12.0";

/** Installs the server once per version; returns the path of its CLI entry. */
export async function ensureServer() {
  const dir =
    process.env.REMOTE_CACHE_SERVER_DIR ?? join(tmpdir(), "voiceapis-remote-cache", `server-${SERVER_VERSION}`);
  const cli = join(dir, "node_modules", "turborepo-remote-cache", "dist", "cli.js");
  if (!existsSync(cli)) {
    mkdirSync(dir, { recursive: true });
    await npmInstall(dir, [`turborepo-remote-cache@${SERVER_VERSION}`]);
  }
  return cli;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server; resolves once it answers its status route.
 * @returns {Promise<{ url: string, token: string, team: string, storage: string, artifacts: () => number, stop: () => Promise<void> }>}
 */
export async function startServer(cli, storage) {
  const port = await freePort();
  const token = randomUUID();
  const team = "voiceapis";
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [cli], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      STORAGE_PROVIDER: "local",
      STORAGE_PATH: storage,
      STORAGE_PATH_USE_TMP_FOLDER: "false",
      TURBO_TOKEN: token,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const exited = new Promise((resolve) => child.on("exit", resolve));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the remote cache server exited (${child.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${url}/v8/artifacts/status`, { headers: { authorization: `Bearer ${token}` } });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the remote cache server did not answer on ${url} within 30 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const artifacts = () => {
    const dir = join(storage, team);
    return existsSync(dir) ? readdirSync(dir).length : 0;
  };
  return { url, token, team, storage, artifacts, stop, log: () => log };
}
