/**
 * Memory stays bounded over many calls: 10,000 calls in a child process whose heap is capped at
 * 32 MB (the runtime that kept about 4 KB a call needed about 50 MB and died), all sharing one
 * AbortSignal, which must hold no more listeners than there are calls in flight. A memory
 * ceiling, not a timing: how much each call keeps is measured by `pnpm bench`.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loopback } from "../helpers.js";

const CALLS = 10_000;
const CONCURRENCY = 8;
const HEAP_MB = 32;

let server: Awaited<ReturnType<typeof loopback>>;
let dir: string;
let bundle: string;

beforeAll(async () => {
  server = await loopback((req, res) => {
    req.resume();
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"ok":true,"name":"a small answer"}');
  });
  dir = mkdtempSync(join(tmpdir(), "core-memory-"));
  bundle = join(dir, "core.mjs");
  // The runtime from source, with openapi-fetch, as one module the child can import without a TypeScript loader.
  await build({
    entryPoints: [fileURLToPath(new URL("../../src/runtime.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "neutral",
    outfile: bundle,
    logLevel: "error",
  });
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it(`${CALLS.toLocaleString("en-US")} calls fit in a ${HEAP_MB} MB heap, and a shared signal holds one listener per call in flight`, {
  timeout: 120_000,
}, async () => {
  const child = fileURLToPath(new URL("./fixtures/calls-child.mjs", import.meta.url));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, child, bundle, server.url, String(CALLS), String(CONCURRENCY)],
    {
      timeout: 110_000,
    },
  );
  const result = JSON.parse(stdout.trim().split("\n").pop()!);
  expect(result).toEqual({ ok: CALLS, peakListeners: expect.any(Number), warnings: 0, listenersAfter: 0 });
  expect(result.peakListeners).toBeLessThanOrEqual(CONCURRENCY);
});
