/**
 * @voiceapis/core: the runtime shared by every vendor client — retries, timeouts,
 * cancellation, typed errors, API-key handling and spec-driven pagination.
 */
export { type ClientExtras, createApiClient, type VendorConfig } from "./client.js";
export type {
  ApiClient,
  CallOptions,
  CallResult,
  ClientOptions,
  ItemOf,
  PaginationMap,
  SuccessBody,
  WithPathDefaults,
} from "./types.js";
export { Paginator, type Page, type PaginateLimits, type PaginationMeta } from "./paginate.js";
export type { NumberBound, ParameterBounds } from "./bounds.js";
export type { Hooks, RequestEvent, ResponseEvent, RetryEvent } from "./hooks.js";
export { readEnv, resolveApiKey, type AuthConfig } from "./auth.js";
export { backoffDelay, isRetryableMethod, isRetryableStatus, retryAfterFromHeaders } from "./retry.js";
export {
  AbortError,
  type ApiErrorInit,
  ConfigurationError,
  ConnectionError,
  RedirectError,
  ResponseParseError,
  SdkError,
  TimeoutError,
} from "./errors.js";
export {
  ApiError,
  type ApiErrorClasses,
  apiErrorClasses,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type ErrorClass,
  InternalServerError,
  isApiError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./vendor-errors.js";
