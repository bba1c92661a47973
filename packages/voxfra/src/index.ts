/**
 * @voiceapis/voxfra: a typed client for the Voxfra Management API.
 *
 * The types and pagination metadata come from specs/voxfra/openapi.yaml
 * (see src/generated/); this file only describes the vendor to the runtime.
 */
import type * as Core from "@voiceapis/core";
import { createApiClient, type VendorConfig } from "@voiceapis/core/runtime";
import type { components, paths } from "./generated/schema.js";
import { type Pagination, tables } from "./generated/tables.js";

/** What this package exports: the factory and types below, the generated types, and core's list (generated/core.ts). */
export * from "./generated/core.js";

/** How Voxfra is called: host, auth header and key format. */
const voxfra: VendorConfig<Pagination> = {
  vendor: "Voxfra",
  envVar: "VOXFRA_API_KEY",
  baseUrl: "https://mgmt-api.voxfra.com",
  header: "X-API-Key",
  prefix: "vox_mgmt_",
  ...tables,
};

export type VoxfraClientOptions<Throws extends boolean = false> = Core.ClientOptions<Throws>;
export type VoxfraClient<Throws extends boolean = false> = Core.ApiClient<paths, Pagination, Throws>;
/** The error body Voxfra documents: `{ "error": "Unauthorized" }`. */
export type VoxfraErrorBody = components["schemas"]["Error"];
/** A typed API error from this client (in throwing mode). */
export type VoxfraApiError = Core.ApiError<VoxfraErrorBody>;

/**
 * Creates a Voxfra client. The key comes from `apiKey` or `VOXFRA_API_KEY` and
 * must start with `vox_mgmt_`; a missing or malformed key throws here, before
 * any request is sent.
 */
export function createVoxfraClient<Throws extends boolean = false>(
  options: VoxfraClientOptions<Throws> = {},
): VoxfraClient<Throws> {
  return createApiClient<paths, Pagination, Throws>(voxfra, options);
}
