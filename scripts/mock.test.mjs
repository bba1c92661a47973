/**
 * `pnpm mock`: starts the named vendor's Prism mock on its fixed port, prints
 * the vendor → URL → spec table, serves the spec (its examples, or generated
 * data with `--dynamic`), and stops every child on Ctrl-C.
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT, selectVendors } from "./lib/manifest.mjs";

const [voxfra] = selectVendors(["voxfra"]);
const base = `http://127.0.0.1:${voxfra.mockPort}`;

/** Runs `pnpm mock <args>` until it is ready, then `use(output)`, then Ctrl-C; resolves to how it exited. */
async function withMock(args, use) {
  const child = spawn(process.execPath, [join(ROOT, "scripts/mock.mjs"), ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  try {
    const deadline = Date.now() + 45_000;
    while (!output.includes("Press Ctrl-C") && Date.now() < deadline && child.exitCode === null)
      await new Promise((r) => setTimeout(r, 100));
    await use(output);
  } finally {
    child.kill("SIGINT");
  }
  return exited;
}

const customers = () =>
  fetch(`${base}/v1/customers?limit=2`, { headers: { "X-API-Key": "vox_mgmt_test" } }).then(async (r) => ({
    status: r.status,
    body: await r.json(),
  }));

it("serves voxfra on its fixed port and stops it on SIGINT", { timeout: 60_000 }, async () => {
  const exit = await withMock(["voxfra"], async (output) => {
    expect(output).toContain(base);
    expect(output).toContain("specs/voxfra/openapi.yaml");
    expect(output).toContain("the spec's examples");
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    const unauthorized = await fetch(`${base}/v1/auth/me`);
    expect(unauthorized.status).toBe(401);
    const [first, second] = [await customers(), await customers()];
    expect(first.status).toBe(200);
    expect(second.body).toEqual(first.body);
  });
  expect(exit).toEqual({ code: 0, signal: null });
  await expect(fetch(`${base}/health`)).rejects.toThrow();
});

it("--dynamic answers with generated data that differs per call, still validating requests", {
  timeout: 60_000,
}, async () => {
  const exit = await withMock(["--dynamic", "voxfra"], async (output) => {
    expect(output).toContain("dynamic mode");
    const [first, second] = [await customers(), await customers()];
    expect(first.status).toBe(200);
    expect(Array.isArray(first.body.data)).toBe(true);
    expect(second.body).not.toEqual(first.body);
    const unauthorized = await fetch(`${base}/v1/auth/me`);
    expect(unauthorized.status).toBe(401);
  });
  expect(exit).toEqual({ code: 0, signal: null });
});

it("rejects an unknown option with the usage line", () => {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/mock.mjs"), "--dynmaic"], { encoding: "utf8" });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/Unknown option '--dynmaic'[\s\S]*Usage: pnpm mock \[--dynamic\|-d\]/);
});

it("names the known vendors when asked for an unknown one", () => {
  expect(() => selectVendors(["nope"])).toThrow(/Unknown vendor "nope".*voxfra, quentli, carecycle, voxai, voxys/);
});
