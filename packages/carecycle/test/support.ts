/**
 * Shared set-up of the CareCycle contract tests: a client pointed at this run's
 * Prism mock, through @voiceapis/contract-harness (sent requests, spec
 * violations, exercised operations), plus the ids the CareCycle tests use.
 */
import * as contract from "@voiceapis/contract-harness";
import { createCarecycleClient } from "../src/index.js";

export { queryOf } from "@voiceapis/contract-harness";

export const apiKey = "cc_test_contract_key";

/** The bundled spec the mock serves. */
const spec = new URL("../src/generated/openapi.yaml", import.meta.url);

/** Ids taken from the spec's examples, so that the mock accepts them as path parameters. */
export const ids = {
  campaign: "6ff8f457-72c7-46bc-89a4-4d56db6fbc4d",
  customer: "497f6eca-6276-4993-bfeb-53cbbbba6f08",
  customFieldValue: "da93306e-75f2-4b22-b200-3cb99eccead8",
  customFieldDefinition: "fee8dae0-8f27-4808-be89-432620364147",
  member: "21e8eff1-8f17-44f3-be1d-36068daee952",
  source: "2eaa6928-41c5-4de3-a95a-2e9e0171c209",
  otherSource: "743545ce-6470-4545-b668-84826d35c144",
  policy: "bd48c3c7-a589-491c-81a7-d2544be13dd5",
  prescription: "70f330ac-bbc6-4809-a65a-1b0339312d5a",
  provider: "6d3b2ec7-9ff7-4cac-aac8-f0f09d03d026",
} as const;

/** The contract client for one test file (see contract.contractHarness). */
export function contractClient() {
  return contract.contractHarness(
    (fetch) => createCarecycleClient({ apiKey, baseUrl: contract.mockUrl(), fetch, maxRetries: 0 }),
    { spec },
  );
}
