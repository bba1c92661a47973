export { vendorTestConfig as default } from "../../vitest.shared.ts";
