/**
 * `core.ts`: the part of a vendor package's public API that every vendor shares, written once
 * here instead of in each index.ts: core's public names, re-exported by name, and the API error
 * classes typed with the vendor's error body (the `body` of the `<Vendor>ApiError` its index.ts
 * declares). What vendor packages are built from stays in `@voiceapis/core/runtime`.
 */

/** Core's public values and types a vendor package re-exports as they are. */
const VALUES = [
  "AbortError",
  "ConfigurationError",
  "ConnectionError",
  "RedirectError",
  "ResponseParseError",
  "SdkError",
  "TimeoutError",
];
const TYPES = [
  "CallOptions",
  "CallResult",
  "ClientOptions",
  "Hooks",
  "Page",
  "PaginateLimits",
  "Paginator",
  "RequestEvent",
  "ResponseEvent",
  "ResultMeta",
  "RetryEvent",
  "SuccessBody",
];
/** The API error classes, re-typed with the vendor's error body. */
const ERROR_CLASSES = [
  "ApiError",
  "BadRequestError",
  "AuthenticationError",
  "PermissionDeniedError",
  "NotFoundError",
  "ConflictError",
  "UnprocessableEntityError",
  "RateLimitError",
  "InternalServerError",
];

/** The source of `core.ts` for one vendor (its index.ts declares `<Vendor>ApiError`). */
export function coreModule(vendor) {
  const apiError = `${vendor.slug[0].toUpperCase()}${vendor.slug.slice(1)}ApiError`;
  return [
    "/**",
    " * The public API this package shares with @voiceapis/core (the list is written once, in",
    " * scripts/lib/core-exports.mjs). The API error classes are core's own, typed with this vendor's",
    " * error body: `err instanceof NotFoundError` narrows `err.body` without a cast, and `instanceof`",
    " * also holds for the classes imported from `@voiceapis/core`.",
    " */",
    'import type * as Core from "@voiceapis/core";',
    'import { apiErrorClasses } from "@voiceapis/core/runtime";',
    `import type { ${apiError} } from "../index.js";`,
    "",
    "/** The error body of this vendor's API errors. */",
    `type Body = ${apiError}["body"];`,
    "",
    "export {",
    ...VALUES.map((name) => `  ${name},`),
    ...TYPES.map((name) => `  type ${name},`),
    '} from "@voiceapis/core";',
    "",
    "export const {",
    ...ERROR_CLASSES.map((name) => `  ${name},`),
    "  isApiError,",
    "} = /* @__PURE__ */ apiErrorClasses<Body>();",
    ...ERROR_CLASSES.map((name) => `export type ${name}<B = Body> = Core.${name}<B>;`),
    "",
  ].join("\n");
}
