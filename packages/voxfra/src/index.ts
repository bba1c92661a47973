/**
 * @voiceapis/voxfra: a typed client for the Voxfra Management API.
 *
 * The types and pagination metadata come from specs/voxfra/openapi.yaml
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

/** How Voxfra is called: host, auth header and key format. */
export const voxfra: VendorConfig = {
  vendor: "Voxfra",
  envVar: "VOXFRA_API_KEY",
  baseUrl: "https://mgmt-api.voxfra.com",
  header: "X-API-Key",
  prefix: "vox_mgmt_",
};

export type VoxfraClientOptions<Throws extends boolean = false> = ClientOptions<Throws>;
export type VoxfraClient<Throws extends boolean = false> = ApiClient<paths, Pagination, Throws>;
/** The error body Voxfra documents: `{ "error": "Unauthorized" }`. */
export type VoxfraErrorBody = components["schemas"]["Error"];
/** A typed API error from this client (in throwing mode). */
export type VoxfraApiError = Core.ApiError<VoxfraErrorBody>;

/**
 * The API error classes, typed with VoxfraErrorBody: `err instanceof NotFoundError`
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
} = /* @__PURE__ */ apiErrorClasses<VoxfraErrorBody>();
export type ApiError<Body = VoxfraErrorBody> = Core.ApiError<Body>;
export type BadRequestError<Body = VoxfraErrorBody> = Core.BadRequestError<Body>;
export type AuthenticationError<Body = VoxfraErrorBody> = Core.AuthenticationError<Body>;
export type PermissionDeniedError<Body = VoxfraErrorBody> = Core.PermissionDeniedError<Body>;
export type NotFoundError<Body = VoxfraErrorBody> = Core.NotFoundError<Body>;
export type ConflictError<Body = VoxfraErrorBody> = Core.ConflictError<Body>;
export type UnprocessableEntityError<Body = VoxfraErrorBody> = Core.UnprocessableEntityError<Body>;
export type RateLimitError<Body = VoxfraErrorBody> = Core.RateLimitError<Body>;
export type InternalServerError<Body = VoxfraErrorBody> = Core.InternalServerError<Body>;

/**
 * Creates a Voxfra client. The key comes from `apiKey` or `VOXFRA_API_KEY` and
 * must start with `vox_mgmt_`; a missing or malformed key throws here, before
 * any request is sent.
 */
export function createVoxfraClient<Throws extends boolean = false>(
  options: VoxfraClientOptions<Throws> = {},
): VoxfraClient<Throws> {
  return createApiClient<paths, Pagination, Throws>(voxfra, pagination, options, { bounds, emptyAnswers });
}
