/**
 * Shared set-up of the Quentli contract tests: a client pointed at this run's
 * Prism mock (and the same client in throwing mode), through the harness of
 * scripts/lib/contract.ts (violation recorder, sent requests, check that a test
 * file called every operation of its tags), plus helpers to read the `filter`
 * and `orderBy` parameters back off a request URL.
 */
import { expect } from "vitest";
import * as contract from "../../../scripts/lib/contract.js";
import { createQuentliClient } from "../src/index.js";

export { queryOf } from "../../../scripts/lib/contract.js";

export const apiKey = "sk_test_contract_key";

/** The bundled spec the mock serves. */
const spec = new URL("../src/generated/openapi.yaml", import.meta.url);

/** Identifiers taken from the spec's examples. */
export const ids = {
  customer: "cus_1234567890abcdefghij",
  taxProfile: "cti_1234567890abcdefghij",
  paymentConcept: "pc_1234567890abcdefghij",
  invoice: "inv_1234567890abcdefghij",
  payment: "p_1234567890abcdefghij",
  paymentMethod: "pm_1234567890abcdefghij",
  paymentSession: "ps_1234567890abcdefghij",
  subscription: "sub_1234567890abcdefghij",
  taxInvoice: "txi_1234567890abcdefghij",
  modifier: "prm_1234567890abcdefghij",
  discount: "disc_1234567890abcdefghij",
} as const;

/** `"<method> <path>"` of every operation in the bundled spec, or of those carrying one of `tags`. */
export const operationsOf = (...tags: string[]) => contract.operationsOf(spec, tags);

/**
 * The contract clients for one test file. `tags`, when given, make the file
 * fail unless it called every operation the spec lists under those tags.
 */
export function contractClient(...tags: string[]) {
  const harness = contract.contractHarness(
    (fetch) => createQuentliClient({ apiKey, baseUrl: contract.mockUrl(), fetch, maxRetries: 0 }),
    { spec, tag: tags },
  );
  /** The same client in throwing mode (not counted towards the tag check). */
  const throwing = createQuentliClient({
    apiKey,
    baseUrl: contract.mockUrl(),
    fetch: harness.fetch,
    maxRetries: 0,
    throwOnError: true,
  });
  return { ...harness, throwing };
}

/**
 * Checks that a list request carried `filter` and `orderBy` as ONE URL-encoded
 * parameter each (not as `filter[name][contains]=…` fragments), holding the
 * expected qs strings, next to plain `skip` and `take`.
 */
export function expectQsParams(
  request: Request,
  expected: { filter: string; orderBy: string; skip: number; take: number },
) {
  const raw = new URL(request.url).search;
  expect(raw).toContain(`filter=${encodeURIComponent(expected.filter)}`);
  expect(raw).toContain(`orderBy=${encodeURIComponent(expected.orderBy)}`);
  expect(raw).not.toMatch(/[[\]]/); // every bracket is percent-encoded inside the value
  const params = new URL(request.url).searchParams;
  expect(params.getAll("filter")).toEqual([expected.filter]);
  expect(params.getAll("orderBy")).toEqual([expected.orderBy]);
  expect(Object.fromEntries(params)).toEqual({
    filter: expected.filter,
    orderBy: expected.orderBy,
    skip: String(expected.skip),
    take: String(expected.take),
  });
}
