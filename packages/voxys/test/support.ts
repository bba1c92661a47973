/**
 * Shared set-up of the Voxys contract tests: a client with `accountId: 1`
 * pointed at this run's Prism mock, through the harness of
 * scripts/lib/contract.ts (violation recorder, sent requests, check that a test
 * file called every operation of its tag).
 */
import * as contract from "../../../scripts/lib/contract.js";
import { createVoxysClient, createVoxysPublicClient } from "../src/index.js";

export { queryOf } from "../../../scripts/lib/contract.js";

export const apiKey = "voxys_contract_test_token";

/** The bundled spec the mock serves. */
const spec = new URL("../src/generated/openapi.yaml", import.meta.url);

/**
 * The contract client for one test file. `tag`, when given, makes the file
 * fail unless it called every operation the spec lists under that tag. The
 * requests are recorded after the account_id was filled in.
 */
export function contractClient(tag?: string) {
  return contract.contractHarness(
    (fetch) => createVoxysClient({ apiKey, accountId: 1, baseUrl: contract.mockUrl(), fetch, maxRetries: 0 }),
    { spec, tag },
  );
}

/** The same for the public Client API: no token, `inboxIdentifier: "example-inbox"`. */
export function publicContractClient(tag?: string) {
  return contract.contractHarness(
    (fetch) =>
      createVoxysPublicClient({ inboxIdentifier: "example-inbox", baseUrl: contract.mockUrl(), fetch, maxRetries: 0 }),
    { spec, tag },
  );
}

/** The bundled spec, with the `$ref`s the tests read through resolved (see contract.readResolvedSpec). */
export const readBundledSpec = () => contract.readResolvedSpec(spec);
