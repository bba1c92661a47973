/**
 * Shared set-up of the Quentli contract tests: a client pointed at this run's
 * Prism mock (and the same client in throwing mode), through
 * @voiceapis/contract-harness (sent requests, spec violations, exercised
 * operations), plus helpers to read the `filter` and `orderBy` parameters back
 * off a request URL.
 */
import { expect } from "vitest";
import * as contract from "@voiceapis/contract-harness";
import { createQuentliClient } from "../src/index.js";

export { queryOf } from "@voiceapis/contract-harness";

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

/** The contract clients for one test file (see contract.contractHarness). */
export function contractClient() {
  const harness = contract.contractHarness(
    (fetch) => createQuentliClient({ apiKey, baseUrl: contract.mockUrl(), fetch, maxRetries: 0 }),
    { spec },
  );
  /** The same client in throwing mode, through the same recording fetch. */
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
