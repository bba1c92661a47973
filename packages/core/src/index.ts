/**
 * @voiceapis/core: the public API every vendor client shares — the options, the call results,
 * the paginator, the logging hooks and the typed errors. Each vendor package re-exports this
 * list by name, with the API error classes typed by its own error body.
 *
 * The runtime's building blocks (`createApiClient` and what a vendor package describes itself
 * with) are in `@voiceapis/core/runtime`, for vendor packages only; see runtime.ts.
 */
export type {
  ApiClient,
  CallOptions,
  CallResult,
  ClientOptions,
  ItemOf,
  ResultMeta,
  SuccessBody,
} from "./types.js";
export type { Page, PaginateLimits, Paginator } from "./paginate.js";
export type { Hooks, RequestEvent, ResponseEvent, RetryEvent } from "./hooks.js";
export {
  AbortError,
  ConfigurationError,
  ConnectionError,
  RedirectError,
  ResponseParseError,
  SdkError,
  TimeoutError,
} from "./errors.js";
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  isApiError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./vendor-errors.js";
