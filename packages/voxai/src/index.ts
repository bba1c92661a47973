/**
 * @voiceapis/voxai: a typed client for the vox.ai client API v3.
 *
 * The types and pagination metadata come from specs/voxai/openapi.yaml
 * (see src/generated/); this file only describes the vendor to the runtime.
 */
import type * as Core from "@voiceapis/core";
import { createApiClient, type VendorConfig } from "@voiceapis/core/runtime";
import type { components, paths } from "./generated/schema.js";
import { type Pagination, tables } from "./generated/tables.js";

/** What this package exports: the factory, webhooks and types below, the generated types, and core's list (generated/core.ts). */
export * from "./generated/core.js";
export {
  parseWebhook,
  type VoxaiWebhook,
  type VoxaiWebhookEventName,
  type VoxaiWebhookPayload,
  type VoxaiWebhookVersion,
  WebhookParseError,
  type WebhookParseFailure,
} from "./webhooks.js";

/** How vox.ai is called: host and a Bearer token. */
const voxai: VendorConfig<Pagination> = {
  vendor: "vox.ai",
  envVar: "VOXAI_API_KEY",
  baseUrl: "https://client-api.tryvox.co",
  header: "Authorization",
  scheme: "Bearer",
  ...tables,
};

export type VoxaiClientOptions<Throws extends boolean = false> = Core.ClientOptions<Throws>;
export type VoxaiClient<Throws extends boolean = false> = Core.ApiClient<paths, Pagination, Throws>;

/**
 * An `error.code` value: the codes seen from the live API (`VALIDATION_ERROR`,
 * `INTERNAL_ERROR`, from the spec's `KnownErrorCode`) autocomplete, and any
 * other string still type-checks, because vox.ai may send codes not listed.
 */
export type VoxaiErrorCode = components["schemas"]["KnownErrorCode"] | (string & {});
type ErrorEnvelope = components["schemas"]["ErrorEnvelope"];
/**
 * The error envelope every error status carries: `{ error: { code, message, details } }`.
 * The same shape as the spec's `ErrorEnvelope`, with `code` typed as {@link VoxaiErrorCode}.
 */
export type VoxaiErrorBody = Omit<ErrorEnvelope, "error"> & {
  error: Omit<ErrorEnvelope["error"], "code"> & { code: VoxaiErrorCode };
};
/** A typed API error from this client (in throwing mode). */
export type VoxaiApiError = Core.ApiError<VoxaiErrorBody>;

/**
 * Creates a vox.ai client. The key comes from `apiKey` or `VOXAI_API_KEY` and is
 * sent as a Bearer token; a missing key throws here, before any request is sent.
 */
export function createVoxaiClient<Throws extends boolean = false>(
  options: VoxaiClientOptions<Throws> = {},
): VoxaiClient<Throws> {
  return createApiClient<paths, Pagination, Throws>(voxai, options);
}
