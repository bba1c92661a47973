/**
 * Which operations the contract tests exercised, checked once per package.
 *
 * Every harness (see harness.ts) notes each operation a request reached the Prism mock with and
 * came back from without a spec violation, and writes that list to the run's coverage folder
 * when its test file ends. The package's `test/coverage.test.ts` calls `contractCoverage()`,
 * which the shared config runs after every other test file (see vitest.ts): it fails unless each
 * operation of the spec was exercised, or is in its `notExercised` list with the reason why not.
 */
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { operationsOf } from "./spec.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder where this run's test files leave the operations they exercised. */
    contractCoverageDir: string;
  }
}

/** Notes the operations one harness exercised and writes them out when its test file ends. */
export function exerciseRecorder() {
  const exercised = new Set<string>();
  afterAll(() => {
    if (exercised.size === 0) return;
    writeFileSync(join(inject("contractCoverageDir"), `${randomUUID()}.json`), JSON.stringify([...exercised]));
  });
  return (operation: string) => exercised.add(operation);
}

/** Every operation the test files of this run exercised. */
function exercisedInThisRun(): Set<string> {
  const dir = inject("contractCoverageDir");
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".json")) : [];
  if (files.length === 0)
    throw new Error(
      `No contract test of this run recorded an operation (in ${dir}): run the package's whole test suite (pnpm test), not the coverage file alone.`,
    );
  return new Set(files.flatMap((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as string[]));
}

export interface CoverageOptions {
  /** The bundled spec the mock serves. */
  spec: string | URL;
  /**
   * Operations (`"<method> <path>"`, as `operationsOf` names them) that no contract test can
   * exercise against the mock, each with the reason. Reviewed like code: every entry must name
   * an operation of the spec that was indeed not exercised.
   */
  notExercised?: Record<string, string>;
}

/** Defines the coverage tests of one package: every operation of the spec was exercised, or is excused. */
export function contractCoverage({ spec, notExercised = {} }: CoverageOptions): void {
  describe("contract coverage", () => {
    it("every operation of the spec reached the mock without a violation in some contract test", () => {
      const exercised = exercisedInThisRun();
      const all = operationsOf(spec);
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((operation) => !exercised.has(operation) && !(operation in notExercised))).toEqual([]);
    });

    it("every operation excused from it is in the spec, has a reason and was indeed not exercised", () => {
      const exercised = exercisedInThisRun();
      const all = new Set(operationsOf(spec));
      for (const [operation, reason] of Object.entries(notExercised)) {
        expect(all.has(operation), `${operation} is not an operation of the spec`).toBe(true);
        expect(reason.trim(), `${operation} needs a reason`).not.toBe("");
        expect(exercised.has(operation), `${operation} was exercised: take it off the list`).toBe(false);
      }
    });
  });
}
