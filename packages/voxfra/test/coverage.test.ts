/**
 * Every Voxfra operation reached the mock without a spec violation in some contract test
 * (run after all the other test files; see @voiceapis/contract-harness).
 */
import { contractCoverage } from "@voiceapis/contract-harness";

contractCoverage({ spec: new URL("../src/generated/openapi.yaml", import.meta.url) });
