/**
 * @voiceapis/carecycle: a typed client for the CareCycle API v2.
 *
 * The types and pagination metadata come from specs/carecycle/openapi.yaml
 * (see src/generated/); this file only describes the vendor to the runtime.
 */
import type * as Core from "@voiceapis/core";
import { createApiClient, type VendorConfig } from "@voiceapis/core/runtime";
import type { components, paths } from "./generated/schema.js";
import { type Pagination, tables } from "./generated/tables.js";

/** What this package exports: the factory, webhooks and types below, the generated types, and core's list (generated/core.ts). */
export * from "./generated/core.js";
export {
  type CarecycleWebhookEvent,
  type CarecycleWebhookEventType,
  type CarecycleWebhookPayload,
  type VerifyWebhookOptions,
  type WebhookHeaders,
  type WebhookVerificationFailure,
  verifyWebhook,
  WebhookVerificationError,
} from "./webhooks.js";

/** Reads the documented `retryAfter` (seconds) from a 429 body. */
function retryAfterFromBody(body: unknown): number | undefined {
  const value = (body as { retryAfter?: unknown } | null)?.retryAfter;
  return typeof value === "number" ? value : undefined;
}

/** How CareCycle is called: host, the `x-api-key` header, the `cc_` key prefix and the 429 body. */
const carecycle: VendorConfig<Pagination> = {
  vendor: "CareCycle",
  envVar: "CARECYCLE_API_KEY",
  baseUrl: "https://api.carecycle.ai",
  header: "x-api-key",
  prefix: "cc_",
  retryAfterFromBody,
  ...tables,
};

export type CarecycleClientOptions<Throws extends boolean = false> = Core.ClientOptions<Throws>;
export type CarecycleClient<Throws extends boolean = false> = Core.ApiClient<paths, Pagination, Throws>;

/** The documented error codes. */
export type CarecycleErrorCode = components["schemas"]["ErrorCode"];
/** Every documented error body: `{ message, code }`, plus `errors[]` on validation and `retryAfter` on 429. */
export type CarecycleErrorBody =
  | components["schemas"]["ErrorResponse"]
  | components["schemas"]["ValidationErrorResponse"]
  | components["schemas"]["RateLimitErrorResponse"];
/** A typed API error from this client (in throwing mode). */
export type CarecycleApiError = Core.ApiError<CarecycleErrorBody>;

/**
 * Creates a CareCycle client. The key comes from `apiKey` or `CARECYCLE_API_KEY`
 * and must start with `cc_`; a missing or malformed key throws here, before any
 * request is sent.
 */
export function createCarecycleClient<Throws extends boolean = false>(
  options: CarecycleClientOptions<Throws> = {},
): CarecycleClient<Throws> {
  return createApiClient<paths, Pagination, Throws>(carecycle, options);
}
