/**
 * `pnpm mock`: starts the named vendor's Prism mock on its fixed port, prints
 * the vendor → URL → spec table, serves the spec, and stops every child on Ctrl-C.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT, selectVendors } from "./lib/manifest.mjs";

it("serves voxfra on its fixed port and stops it on SIGINT", { timeout: 60_000 }, async () => {
  const [voxfra] = selectVendors(["voxfra"]);
  const child = spawn(process.execPath, [join(ROOT, "scripts/mock.mjs"), "voxfra"], {
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
    expect(output).toContain(`http://127.0.0.1:${voxfra.mockPort}`);
    expect(output).toContain("specs/voxfra/openapi.yaml");
    const health = await fetch(`http://127.0.0.1:${voxfra.mockPort}/health`);
    expect(health.status).toBe(200);
    const unauthorized = await fetch(`http://127.0.0.1:${voxfra.mockPort}/v1/auth/me`);
    expect(unauthorized.status).toBe(401);
  } finally {
    child.kill("SIGINT");
  }
  expect(await exited).toEqual({ code: 0, signal: null });
  await expect(fetch(`http://127.0.0.1:${voxfra.mockPort}/health`)).rejects.toThrow();
});

it("names the known vendors when asked for an unknown one", () => {
  expect(() => selectVendors(["nope"])).toThrow(/Unknown vendor "nope".*voxfra, quentli, carecycle, voxai, voxys/);
});
