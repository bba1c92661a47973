/**
 * Reading two turbo run summaries (`turbo run --summarize`) and two work trees
 * for the build-cache check: which tasks of the second run were not served by
 * the remote cache and why (how their cache keys differ from the first run's),
 * and which files the two runs left different.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** The summary a `turbo run --summarize` left in `<root>/.turbo/runs/` (the newest one). */
export function readSummary(root) {
  const dir = join(root, ".turbo", "runs");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  if (files.length === 0) throw new Error(`no run summary in ${dir}`);
  return JSON.parse(readFileSync(join(dir, files.at(-1)), "utf8"));
}

/** Tasks that ran a command (turbo lists packages without the script as `<NONEXISTENT>`). */
function realTasks(summary) {
  return summary.tasks.filter((t) => t.command !== "<NONEXISTENT>");
}

/** The keys whose values differ between two maps, each as one line. */
function mapDifferences(label, a = {}, b = {}) {
  const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])].sort();
  return keys
    .filter((k) => JSON.stringify(a?.[k]) !== JSON.stringify(b?.[k]))
    .map((k) => {
      if (a?.[k] === undefined) return `${label} ${k} is only in the second run's key`;
      if (b?.[k] === undefined) return `${label} ${k} is only in the first run's key`;
      return `${label} ${k} differs`;
    });
}

/** Why a task's cache key differs between two summaries of the same commit. */
export function keyDifferences(first, second, taskA, taskB) {
  if (!taskA) return ["the first run did not have this task"];
  const reasons = [
    ...mapDifferences("input", taskA.inputs, taskB.inputs),
    ...mapDifferences("global input", first.globalCacheInputs?.files, second.globalCacheInputs?.files),
  ];
  if (taskA.hashOfExternalDependencies !== taskB.hashOfExternalDependencies)
    reasons.push("the hash of its external dependencies (lockfile) differs");
  if (first.globalCacheInputs?.hashOfExternalDependencies !== second.globalCacheInputs?.hashOfExternalDependencies)
    reasons.push("the hash of the root's external dependencies differs");
  if (JSON.stringify(taskA.environmentVariables) !== JSON.stringify(taskB.environmentVariables))
    reasons.push("the environment variables in its key differ");
  if (
    JSON.stringify(first.globalCacheInputs?.environmentVariables) !==
    JSON.stringify(second.globalCacheInputs?.environmentVariables)
  )
    reasons.push("the global environment variables in the key differ");
  if (JSON.stringify(taskA.resolvedTaskDefinition) !== JSON.stringify(taskB.resolvedTaskDefinition))
    reasons.push("its task definition differs");
  const hashA = new Map(first.tasks.map((t) => [t.taskId, t.hash]));
  const hashB = new Map(second.tasks.map((t) => [t.taskId, t.hash]));
  for (const dep of taskB.dependencies ?? [])
    if (hashA.get(dep) !== hashB.get(dep)) reasons.push(`it depends on ${dep}, whose key differs`);
  if (reasons.length === 0 && taskA.hash === taskB.hash)
    reasons.push(`same key ${taskA.hash}, yet not found: the first run did not upload it`);
  if (reasons.length === 0)
    reasons.push(`the key differs (${taskA.hash} → ${taskB.hash}) for a reason the summary does not show`);
  return reasons;
}

/**
 * The tasks of the second run that the remote cache did not serve, each with why.
 * @returns {{ taskId: string, status: string, reasons: string[] }[]}
 */
export function remoteMisses(first, second) {
  const before = new Map(realTasks(first).map((t) => [t.taskId, t]));
  return realTasks(second)
    .filter((t) => t.cache?.status !== "HIT" || t.cache?.source !== "REMOTE")
    .map((t) => ({
      taskId: t.taskId,
      status: t.cache?.status === "HIT" ? `HIT from ${t.cache.source}` : (t.cache?.status ?? "unknown"),
      reasons: keyDifferences(first, second, before.get(t.taskId), t),
    }));
}

/** How many tasks ran a command. */
export function taskCount(summary) {
  return realTasks(summary).length;
}

const SKIP = new Set([".git", "node_modules", ".turbo"]);

/** sha256 of every file under `root` (relative path → hex), leaving out .git, node_modules and .turbo. */
export function hashTree(root) {
  const hashes = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile())
        hashes.set(
          relative(root, path).split(sep).join("/"),
          createHash("sha256").update(readFileSync(path)).digest("hex"),
        );
    }
  };
  walk(root);
  return hashes;
}

/** Files missing from one tree or different between two (`hashTree` maps). */
export function treeDifferences(a, b) {
  const problems = [];
  for (const [file, hash] of a) {
    if (!b.has(file)) problems.push(`${file}: made by the first run, missing after the second (an undeclared output?)`);
    else if (b.get(file) !== hash) problems.push(`${file}: differs between the runs`);
  }
  for (const file of b.keys()) if (!a.has(file)) problems.push(`${file}: only after the second run`);
  return problems.sort();
}

/** One sha256 over the files under `prefix` (e.g. "packages/voxfra/dist/"), or undefined when there are none. */
export function subtreeHash(tree, prefix) {
  const files = [...tree.keys()].filter((f) => f.startsWith(prefix)).sort();
  if (files.length === 0) return undefined;
  const hash = createHash("sha256");
  for (const f of files) hash.update(`${f}\0${tree.get(f)}\n`);
  return hash.digest("hex");
}
