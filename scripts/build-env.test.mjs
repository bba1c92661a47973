/**
 * Build code may read only the environment variables turbo.json declares: turbo's strict env mode
 * hides any other from the task (the build silently ignores it), and under a loose mode it would
 * change outputs without changing the cache key, which no two-clone cache check can see. Biome's
 * noUndeclaredEnvVars is on for the build configs and the generator (biome.json overrides); this
 * runs the repository's Biome and turbo configs over a throwaway tree to show it.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ROOT } from "./lib/manifest.mjs";

const require = createRequire(import.meta.url);
const BIOME = join(dirname(require.resolve("@biomejs/biome/package.json")), "bin", "biome");
const READ = 'export const channel = process.env.VOICEAPIS_RELEASE_CHANNEL ?? "stable";\n';

let dir;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "build-env-"));
  for (const file of ["biome.json", "turbo.json"]) cpSync(join(ROOT, file), join(dir, file));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Biome's lint of one file written at `path` in the throwaway tree: exit status and plain output. */
function lint(path, text = READ) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
  try {
    const out = execFileSync(BIOME, ["lint", "--vcs-enabled=false", "--colors=off", path], {
      cwd: dir,
      encoding: "utf8",
      stdio: "pipe",
    });
    return { status: 0, out };
  } catch (error) {
    return { status: error.status, out: `${error.stdout}${error.stderr}` };
  } finally {
    rmSync(join(dir, path));
  }
}

it("fails a build config that reads a variable turbo.json does not declare, naming it", () => {
  for (const path of ["tsup.config.base.ts", "packages/voxfra/tsup.config.ts", "scripts/lib/codegen.mjs"]) {
    const { status, out } = lint(path);
    expect(status, path).not.toBe(0);
    expect(out).toContain("VOICEAPIS_RELEASE_CHANNEL is not listed as a dependency in turbo.json");
  }
});

it("passes it once the build task declares the variable, and leaves non-build scripts alone", () => {
  expect(lint("scripts/smoke/runtime-probe.mjs").status).toBe(0);
  const turbo = JSON.parse(readFileSync(join(dir, "turbo.json"), "utf8"));
  turbo.tasks.build.env = ["VOICEAPIS_RELEASE_CHANNEL"];
  writeFileSync(join(dir, "turbo.json"), JSON.stringify(turbo));
  expect(lint("tsup.config.base.ts").status).toBe(0);
});
