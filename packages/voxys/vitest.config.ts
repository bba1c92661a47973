export { vendorTestConfig as default } from "@voiceapis/contract-harness/vitest";
