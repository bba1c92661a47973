/**
 * Shared set-up of the Voxys contract tests: a client with `accountId: 1`
 * pointed at this run's Prism mock, through @voiceapis/contract-harness (sent
 * requests, spec violations, exercised operations).
 */
import * as contract from "@voiceapis/contract-harness";
import { createVoxysClient, createVoxysPublicClient } from "../src/index.js";

export { queryOf } from "@voiceapis/contract-harness";

export const apiKey = "voxys_contract_test_token";

/** The bundled spec the mock serves. */
const spec = new URL("../src/generated/openapi.yaml", import.meta.url);

/**
 * The contract client for one test file (see contract.contractHarness). The
 * requests are recorded after the account_id was filled in.
 */
export function contractClient() {
  return contract.contractHarness(
    (fetch) => createVoxysClient({ apiKey, accountId: 1, baseUrl: contract.mockUrl(), fetch, maxRetries: 0 }),
    { spec },
  );
}

/** The same for the public Client API: no token, `inboxIdentifier: "example-inbox"`. */
export function publicContractClient() {
  return contract.contractHarness(
    (fetch) =>
      createVoxysPublicClient({ inboxIdentifier: "example-inbox", baseUrl: contract.mockUrl(), fetch, maxRetries: 0 }),
    { spec },
  );
}

/** The bundled spec, with the `$ref`s the tests read through resolved (see contract.readResolvedSpec). */
export const readBundledSpec = () => contract.readResolvedSpec(spec);
