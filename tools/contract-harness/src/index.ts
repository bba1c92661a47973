/**
 * The contract harness of the vendor packages (a private workspace package, never published):
 * a client against this run's Prism mock whose requests are recorded and checked against the
 * spec (harness.ts), the spec readers the tests use (spec.ts) and the per-package check that
 * every operation was exercised (coverage.ts). Its vitest config is `@voiceapis/contract-harness/vitest`.
 */
export { type CoverageOptions, contractCoverage } from "./coverage.js";
export { contractHarness, type HarnessOptions, mockUrl, queryOf, type Violation } from "./harness.js";
export {
  operationsOf,
  readResolvedSpec,
  readSpec,
  type Spec,
  type SpecMedia,
  type SpecOperation,
  type SpecParameter,
  type SpecPathItem,
  type SpecSchema,
} from "./spec.js";
