/**
 * Every vox.ai operation (70: 60 v3, 5 legacy v2, 5 legacy v1) reached the mock without a spec
 * violation in some contract test (run after all the other test files; see
 * @voiceapis/contract-harness); and the spec facts that count relies on.
 */
import { contractCoverage, type SpecOperation } from "@voiceapis/contract-harness";
import { describe, expect, it } from "vitest";
import { bundledSpec, operationsOf } from "./support.js";

contractCoverage({ spec: new URL("../src/generated/openapi.yaml", import.meta.url) });

const operations = Object.values(bundledSpec().paths).flatMap((item) =>
  Object.values(item).filter(
    (operation): operation is SpecOperation =>
      typeof operation === "object" && operation !== null && "operationId" in operation,
  ),
);

describe("the operations of the spec", () => {
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
});
