/**
 * @voiceapis/voxai: a typed client for the vox.ai client API v3.
 *
 * The types and pagination metadata come from specs/voxai/openapi.yaml
 * (see src/generated/); this file only describes the vendor to the runtime.
 */
import type * as Core from "@voiceapis/core";
import {
  type ApiClient,
  apiErrorClasses,
  type ClientOptions,
  createApiClient,
  type VendorConfig,
} from "@voiceapis/core";
import { bounds } from "./generated/bounds.js";
import { emptyAnswers } from "./generated/empty-answers.js";
import { type Pagination, pagination } from "./generated/pagination.js";
import type { components, paths } from "./generated/schema.js";

export * from "@voiceapis/core";
export type { components, paths };
export type { webhooks } from "./generated/schema.js";
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
export const voxai: VendorConfig = {
  vendor: "vox.ai",
  envVar: "VOXAI_API_KEY",
  baseUrl: "https://client-api.tryvox.co",
  header: "Authorization",
  scheme: "Bearer",
};

export type VoxaiClientOptions<Throws extends boolean = false> = ClientOptions<Throws>;
export type VoxaiClient<Throws extends boolean = false> = ApiClient<paths, Pagination, Throws>;

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
 * The API error classes, typed with VoxaiErrorBody: `err instanceof NotFoundError`
 * narrows `err.body` without a cast. They are core's classes, so `instanceof`
 * also holds for the ones imported from `@voiceapis/core`.
 */
export const {
  ApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  isApiError,
} = /* @__PURE__ */ apiErrorClasses<VoxaiErrorBody>();
export type ApiError<Body = VoxaiErrorBody> = Core.ApiError<Body>;
export type BadRequestError<Body = VoxaiErrorBody> = Core.BadRequestError<Body>;
export type AuthenticationError<Body = VoxaiErrorBody> = Core.AuthenticationError<Body>;
export type PermissionDeniedError<Body = VoxaiErrorBody> = Core.PermissionDeniedError<Body>;
export type NotFoundError<Body = VoxaiErrorBody> = Core.NotFoundError<Body>;
export type ConflictError<Body = VoxaiErrorBody> = Core.ConflictError<Body>;
export type UnprocessableEntityError<Body = VoxaiErrorBody> = Core.UnprocessableEntityError<Body>;
export type RateLimitError<Body = VoxaiErrorBody> = Core.RateLimitError<Body>;
export type InternalServerError<Body = VoxaiErrorBody> = Core.InternalServerError<Body>;

/**
 * Creates a vox.ai client. The key comes from `apiKey` or `VOXAI_API_KEY` and is
 * sent as a Bearer token; a missing key throws here, before any request is sent.
 */
export function createVoxaiClient<Throws extends boolean = false>(
  options: VoxaiClientOptions<Throws> = {},
): VoxaiClient<Throws> {
  return createApiClient<paths, Pagination, Throws>(voxai, pagination, options, { bounds, emptyAnswers });
}
