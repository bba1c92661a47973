/**
 * A self-hosted Turborepo remote cache on loopback, for the build-cache check:
 * the `turborepo-remote-cache` npm package (pinned), installed from the npm
 * registry into a cache folder under the system temp dir and reused while the
 * version stays the same, started with local storage on a free port and a
 * random token, and stopped by its process id.
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startChildServer } from "./child-server.mjs";
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

/**
 * Starts the server; resolves once it answers its status route.
 * @returns {Promise<{ url: string, token: string, team: string, storage: string, artifacts: () => number, stop: () => Promise<void> }>}
 */
export async function startServer(cli, storage) {
  const port = await freePort();
  const token = randomUUID();
  const team = "voiceapis";
  const url = `http://127.0.0.1:${port}`;
  const { output, stop } = await startChildServer({
    name: "the remote cache server",
    url,
    args: [cli],
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
    ready: async () =>
      (await fetch(`${url}/v8/artifacts/status`, { headers: { authorization: `Bearer ${token}` } })).ok,
  });
  const artifacts = () => {
    const dir = join(storage, team);
    return existsSync(dir) ? readdirSync(dir).length : 0;
  };
  return { url, token, team, storage, artifacts, stop, log: output };
}
