/**
 * The contract tests call every operation: each tag's file checks (in its
 * afterAll) that it called every operation of its tag, and this file checks
 * that those tag files together cover every tag, i.e. all 60 operations.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SpecOperation } from "../../../scripts/lib/contract.js";
import { bundledSpec, operationsOf } from "./support.js";

const operations = Object.values(bundledSpec().paths).flatMap((item) =>
  Object.values(item).filter((operation): operation is SpecOperation => typeof operation === "object" && operation !== null && "operationId" in operation),
);

/** The tags the test files pass to `contractClient` (in their `const … = contractClient("Tag");` line). */
function testedTags(): string[] {
  const dir = new URL("./", import.meta.url);
  const tags: string[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".test.ts"))) {
    for (const match of readFileSync(new URL(file, dir), "utf8").matchAll(/^const .+ = contractClient\("([^"]+)"\);$/gm)) tags.push(match[1]!);
  }
  return tags.sort();
}

describe("operation coverage", () => {
  it("the bundled spec has 60 operations, each with one tag", () => {
    expect(operations).toHaveLength(60);
    expect(new Set(operations.map((operation) => operation.operationId)).size).toBe(60);
    for (const operation of operations) expect(operation.tags).toHaveLength(1);
    expect(operationsOf()).toHaveLength(60);
  });

  it("every tag has its own contract test file", () => {
    const specTags = [...new Set(operations.map((operation) => operation.tags![0]!))].sort();
    expect(testedTags()).toEqual(specTags);
    expect(specTags.reduce((sum, tag) => sum + operationsOf(tag).length, 0)).toBe(60);
  });
});
