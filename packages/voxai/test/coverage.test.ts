/**
 * The contract tests call every operation: each tag's file checks (in its
 * afterAll) that it called every operation of its tag, and this file checks
 * that those tag files together cover every tag, i.e. all 70 operations (60 v3, 5 legacy v2, 5 legacy v1).
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SpecOperation } from "../../../scripts/lib/contract.js";
import { bundledSpec, operationsOf } from "./support.js";

const operations = Object.values(bundledSpec().paths).flatMap((item) =>
  Object.values(item).filter(
    (operation): operation is SpecOperation =>
      typeof operation === "object" && operation !== null && "operationId" in operation,
  ),
);

/** The tags the test files pass to `contractClient` (in their `const … = contractClient("Tag");` line). */
function testedTags(): string[] {
  const dir = new URL("./", import.meta.url);
  const tags: string[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".test.ts"))) {
    for (const match of readFileSync(new URL(file, dir), "utf8").matchAll(
      /^const .+ = contractClient\("([^"]+)"\);$/gm,
    ))
      tags.push(match[1]!);
  }
  return tags.sort();
}

describe("operation coverage", () => {
  it("the bundled spec has 70 operations, each with one tag", () => {
    expect(operations).toHaveLength(70);
    expect(new Set(operations.map((operation) => operation.operationId)).size).toBe(70);
    for (const operation of operations) expect(operation.tags).toHaveLength(1);
    expect(operationsOf()).toHaveLength(70);
  });

  it("the 10 v1 and v2 operations, and only they, are deprecated", () => {
    const deprecated = Object.entries(bundledSpec().paths).flatMap(([path, item]) =>
      Object.values(item)
        .filter(
          (operation) =>
            typeof operation === "object" &&
            operation !== null &&
            (operation as { deprecated?: boolean }).deprecated === true,
        )
        .map(() => path),
    );
    expect(deprecated).toHaveLength(10);
    for (const path of deprecated) expect(path).toMatch(/^\/v[12]\//);
  });

  it("every tag has its own contract test file", () => {
    const specTags = [...new Set(operations.map((operation) => operation.tags![0]!))].sort();
    expect(testedTags()).toEqual(specTags);
    expect(specTags.reduce((sum, tag) => sum + operationsOf(tag).length, 0)).toBe(70);
  });
});
