/** Tests of the toolchain's Node choice and of reusing a Node binary already installed from npm. */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  installNode,
  nodeBinary,
  nodeVersion,
  pathWith,
  suitsToolchain,
  TOOLCHAIN_NODE,
  useToolchainNode,
} from "./node-runtime.mjs";

describe("suitsToolchain", () => {
  it("takes a Node 24 from 24.18 on", () => {
    expect(suitsToolchain("24.18.0")).toBe(true);
    expect(suitsToolchain(TOOLCHAIN_NODE)).toBe(true);
    expect(suitsToolchain("24.30.1")).toBe(true);
  });

  it("refuses an older 24, and other majors whether older or newer", () => {
    expect(suitsToolchain("24.17.9")).toBe(false);
    expect(suitsToolchain("20.20.2")).toBe(false);
    expect(suitsToolchain("22.23.3")).toBe(false);
    expect(suitsToolchain("26.1.0")).toBe(false);
  });
});

describe("useToolchainNode", () => {
  it("leaves a module that is only imported alone, whatever Node runs it", async () => {
    await expect(useToolchainNode("file:///somewhere/imported.mjs")).resolves.toBeUndefined();
  });
});

describe("pathWith", () => {
  it("puts the folder first and keeps the rest of PATH and the environment", () => {
    const env = pathWith("/opt/node24/bin", { PATH: `/usr/bin${delimiter}/bin`, HOME: "/home/me" });
    expect(env.PATH).toBe(`/opt/node24/bin${delimiter}/usr/bin${delimiter}/bin`);
    expect(env.HOME).toBe("/home/me");
  });
});

describe.skipIf(process.platform === "win32")("installNode", () => {
  let dir;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A stand-in binary where installNode looks, answering `--version` like Node does. */
  function fakeNode(version) {
    dir = mkdtempSync(join(tmpdir(), "node-runtime-test-"));
    const bin = nodeBinary(dir);
    mkdirSync(dirname(bin), { recursive: true });
    writeFileSync(bin, `#!/bin/sh\necho v${version}\n`);
    chmodSync(bin, 0o755);
    return bin;
  }

  it("reuses a binary that reports the wanted version, without calling npm", async () => {
    const bin = fakeNode("1.2.3");
    expect(nodeVersion(bin)).toBe("1.2.3");
    await expect(installNode("1.2.3", dir)).resolves.toEqual({ bin, installed: false });
  });

  it("reports no version for a missing binary", () => {
    expect(nodeVersion(join(tmpdir(), "no-such-folder", "node"))).toBeUndefined();
  });
});
