/**
 * @voiceapis/core/runtime: what vendor packages are built from. Not public API.
 *
 * The boundary: `@voiceapis/core` (index.ts) is what users see, and every vendor package
 * re-exports it by name. This entry holds the rest: `createApiClient` and the descriptor a
 * vendor package hands it, the helpers behind the key, retry and pagination handling, the
 * query serializer (for a vendor that builds its own query strings on top of the default), and
 * the factory of the typed error classes. Vendor packages import it; users need not, and nothing
 * here is re-exported to them. It may change in any release of core (vendor packages are
 * released with the core they were built against), so code outside this repository should
 * not depend on it. Both entries share one copy of the classes, so `instanceof` holds across them.
 */
export { createApiClient, type VendorConfig } from "./client.js";
export type { PaginationMap, WithPathDefaults } from "./types.js";
export type { PaginationMeta } from "./paginate.js";
export type { NumberBound, ParameterBounds } from "./bounds.js";
export { type AuthConfig, type KeyAuth, type NoAuth, readEnv, resolveApiKey } from "./auth.js";
export { backoffDelay, isRetryableMethod, isRetryableStatus, retryAfterFromHeaders, serverDelay } from "./retry.js";
export { createQuerySerializer } from "./query.js";
export type { ApiErrorInit } from "./errors.js";
export { type ApiErrorClasses, apiErrorClasses, type ErrorClass } from "./vendor-errors.js";
