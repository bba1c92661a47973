/**
 * The breaking-change check on a throwaway git repository holding a copy of the
 * workspace's manifests and Voxfra's bundled spec (the real specs are never
 * touched): a release commit, then a spec change and a changeset.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import semver from "semver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { exportedNames } from "./api-extractor.mjs";
import { checkBumps, neededBump } from "./breaking-changes.mjs";
import { ROOT } from "./manifest.mjs";
import { specChanges } from "./spec-diff.mjs";

const SPEC = "packages/voxfra/src/generated/openapi.yaml";
const COPIED = [
  "package.json",
  "pnpm-workspace.yaml",
  "redocly.yaml",
  ".changeset/config.json",
  "packages/core/package.json",
  "packages/voxfra/package.json",
  SPEC,
];

let root;
const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: "pipe" });
const spec = () => parse(readFileSync(join(root, SPEC), "utf8"));
const writeSpec = (doc) => writeFileSync(join(root, SPEC), stringify(doc));
const changeset = (bump) =>
  writeFileSync(join(root, ".changeset", "change.md"), `---\n"@voiceapis/voxfra": ${bump}\n---\n\nA change.\n`);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "breaking-changes-"));
  for (const file of COPIED) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(ROOT, file), join(root, file));
  }
  // Only the two packages are copied, so the config may not name others (ignored private ones).
  const config = JSON.parse(readFileSync(join(root, ".changeset", "config.json"), "utf8"));
  writeFileSync(join(root, ".changeset", "config.json"), JSON.stringify({ ...config, ignore: [] }));
  git("init", "--quiet");
  git("add", ".");
  git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "--quiet", "-m", "release");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("checkBumps", () => {
  it("passes when nothing changed and nothing is pending", async () => {
    const { problems, rows } = await checkBumps(root);
    expect(problems).toEqual([]);
    expect(rows.find((r) => r.package === "@voiceapis/voxfra")).toMatchObject({ breaking: 0, needs: "none" });
  });

  it("fails a removed response field with only a patch changeset, naming the field and the operation", async () => {
    const doc = spec();
    delete doc.components.schemas.ApiKeyInfo.properties.key_name;
    writeSpec(doc);
    changeset("patch");
    const { problems } = await checkBumps(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^@voiceapis\/voxfra needs a minor changeset, the pending changesets give patch/);
    expect(problems[0]).toMatch(/under 0\.x/);
    expect(problems[0]).toContain("GET /v1/auth/me: [Removed] property `key_name` in Response 200");
  });

  it("passes the same change with a minor changeset", async () => {
    changeset("minor");
    expect((await checkBumps(root)).problems).toEqual([]);
  });

  it("asks for at least a patch when an operation was added and nothing is pending", async () => {
    rmSync(join(root, ".changeset", "change.md"));
    const doc = parse(git("show", `HEAD:${SPEC}`));
    doc.paths["/v1/new"] = { get: { operationId: "getNew", responses: { 204: { description: "Nothing." } } } };
    writeSpec(doc);
    const { problems } = await checkBumps(root);
    expect(problems[0]).toMatch(/^@voiceapis\/voxfra needs a patch changeset, the pending changesets give no release/);
    expect(problems[0]).toContain("/v1/new");
  });
});

describe("release commits", () => {
  const PKG = "packages/voxfra/package.json";
  const commit = (message) =>
    git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "--quiet", "-am", message);
  const manifest = () => JSON.parse(readFileSync(join(root, PKG), "utf8"));
  const removeKeyName = () => {
    const doc = parse(git("show", `HEAD:${SPEC}`));
    delete doc.components.schemas.ApiKeyInfo.properties.key_name;
    writeSpec(doc);
  };
  const voxfraProblems = async () => (await checkBumps(root)).problems.filter((p) => p.startsWith("@voiceapis/voxfra"));

  beforeAll(() => {
    rmSync(join(root, ".changeset", "change.md"), { force: true });
    git("checkout", "--quiet", "--", ".");
  });

  it("does not take a commit that only moves the version line for a release", async () => {
    const { version, ...rest } = manifest();
    writeFileSync(join(root, PKG), `${JSON.stringify({ ...rest, version }, null, 2)}\n`);
    removeKeyName();
    commit("move the version line, remove a field");
    const problems = await voxfraProblems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/needs a minor changeset, the pending changesets give no release/);
    expect(problems[0]).toContain("[Removed] property `key_name`");
    git("reset", "--quiet", "--hard", "HEAD~1");
  });

  it("fails a version set by hand to a patch over a breaking change, and passes a minor one", async () => {
    const before = manifest().version;
    const setVersion = (version) =>
      writeFileSync(join(root, PKG), `${JSON.stringify({ ...manifest(), version }, null, 2)}\n`);
    removeKeyName();
    setVersion(semver.inc(before, "patch"));
    commit("remove a field, bump the version by hand");
    const problems = await voxfraProblems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^@voiceapis/voxfra was released as ${semver.inc(before, "patch")} .*a patch step from ${before}`),
    );
    expect(problems[0]).toContain("needs a minor");
    expect(problems[0]).toContain("GET /v1/auth/me: [Removed] property `key_name` in Response 200");
    setVersion(semver.inc(before, "minor"));
    git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "--quiet", "-a", "--amend", "--no-edit");
    expect(await voxfraProblems()).toEqual([]);
    git("reset", "--quiet", "--hard", "HEAD~1");
  });
});

describe("specChanges", () => {
  const base = () => parse(readFileSync(join(ROOT, SPEC), "utf8"));
  const breaking = (after) =>
    specChanges(base(), after)
      .filter((c) => c.type === "breaking")
      .map((c) => c.message);

  it("calls a removed request field, a new required field, a narrowed bound and a removed enum value breaking", () => {
    const doc = base();
    const request = doc.components.schemas.CreateClientRequest;
    delete request.properties.contact_person;
    request.required.push("display_name");
    request.properties.name.maxLength = 100;
    doc.components.schemas.ClientStatus.enum.pop();
    const found = breaking(doc).join("\n");
    expect(found).toContain("POST /v1/clients: [Removed] property `contact_person` in Request Body");
    expect(found).toContain("POST /v1/clients: [Added] required status to `display_name`");
    expect(found).toContain("POST /v1/clients: [Replaced] maxLength validator of `name`");
    expect(found).toMatch(/possible values of `status`/);
  });

  it("weighs a 3.1 type list by side: a response field made nullable breaks, a request field made nullable does not", () => {
    const doc = base();
    doc.components.schemas.ApiKeyInfo.properties.key_name.type = ["string", "null"];
    doc.components.schemas.CreateClientRequest.properties.display_name.type = ["string", "null"];
    const changes = specChanges(base(), doc);
    const of = (text) => changes.find((c) => c.message.includes(text))?.type;
    expect(of("`key_name` in Response 200")).toBe("breaking");
    expect(of("`display_name` in Request Body")).toBe("non-breaking");
  });

  it("calls a removed operation and a removed schema breaking, and a changed description an annotation", () => {
    const doc = base();
    delete doc.paths["/health"];
    delete doc.components.schemas.HealthStatus;
    doc.components.schemas.CreateClientRequest.description = "Other words.";
    const changes = specChanges(base(), doc);
    expect(changes.filter((c) => c.type === "breaking").map((c) => c.message)).toEqual(
      expect.arrayContaining([
        "GET /health: [Removed] operation GET /health",
        expect.stringMatching(/^schema HealthStatus: removed/),
      ]),
    );
    expect(changes.find((c) => c.message.includes("description"))?.type).toBe("annotation");
  });
});

describe("neededBump and exportedNames", () => {
  it("asks for minor under 0.x and major from 1.0 for a breaking change", () => {
    const breakingChange = [{ type: "breaking" }];
    expect(neededBump("0.1.0", breakingChange)).toBe("minor");
    expect(neededBump("1.2.3", breakingChange)).toBe("major");
    expect(neededBump("0.1.0", [{ type: "non-breaking" }])).toBe("patch");
    expect(neededBump("0.1.0", [{ type: "annotation" }])).toBe("none");
  });

  it("reads the exports of an API report", () => {
    const report = [
      "export { AbortError }",
      "// @public (undocumented)",
      "export const ApiError: ErrorClass;",
      "export type ApiError<B = Body_2> = Core.ApiError<B>;",
      "export function createVoxfraClient(options?: VoxfraClientOptions): VoxfraClient;",
      "export interface components {",
      "export { x as y, Z }",
    ].join("\n");
    expect([...exportedNames(report)].sort()).toEqual(
      ["AbortError", "ApiError", "Z", "components", "createVoxfraClient", "y"].sort(),
    );
  });
});
