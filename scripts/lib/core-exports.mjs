/**
 * What every vendor package has in common, written once here instead of in each index.ts:
 * - `core.ts`: the public API shared with core, re-exported by name, with the API error classes
 *   typed by the vendor's error body (the `body` of the `<Vendor>ApiError` its index.ts declares),
 *   and the types generated from the spec;
 * - `tables.ts`: the generated tables its clients are built with, as one object;
 * - `testing-core.ts`: what its `testing` entry re-exports from `@voiceapis/core/testing` as it is.
 * What vendor packages are built from stays in `@voiceapis/core/runtime`.
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

/** Core's test kit values and types (`type …`) a vendor's `testing` entry re-exports as they are. */
const TESTING = [
  "AnswerValidationError",
  "type Answer",
  "Fault",
  "HandlerError",
  "type Handler",
  "type HandlerContext",
  "type MswHttp",
  "type RecordedCall",
  "REDACTED",
  "Reply",
  "RequestValidationError",
  "type Violation",
];

/** The source of `core.ts` for one vendor (its index.ts declares `<Vendor>ApiError`) and its bundled spec. */
export function coreModule(vendor, doc) {
  const schema = ["components", "paths", ...(Object.keys(doc.webhooks ?? {}).length ? ["webhooks"] : [])];
  const apiError = `${vendor.slug[0].toUpperCase()}${vendor.slug.slice(1)}ApiError`;
  return [
    "/**",
    " * The public API this package shares with @voiceapis/core, and the types generated from the",
    " * spec (the list is written once, in scripts/lib/core-exports.mjs). The API error classes are",
    " * core's own, typed with this vendor's error body: `err instanceof NotFoundError` narrows",
    " * `err.body` without a cast, and `instanceof` also holds for the classes from `@voiceapis/core`.",
    " */",
    'import * as Core from "@voiceapis/core";',
    'import type { ApiErrorClasses } from "@voiceapis/core/runtime";',
    `import type { ${apiError} } from "../index.js";`,
    "",
    "/** The error body of this vendor's API errors. */",
    `type Body = ${apiError}["body"];`,
    "type Classes = ApiErrorClasses<Body>;",
    "",
    "export {",
    ...VALUES.map((name) => `  ${name},`),
    ...TYPES.map((name) => `  type ${name},`),
    '} from "@voiceapis/core";',
    `export type { ${schema.join(", ")} } from "./schema.js";`,
    "",
    // Plain references, not a destructured call: a bundler drops the classes an app does not use.
    ...[...ERROR_CLASSES, "isApiError"].map(
      (name) => `export const ${name} = Core.${name} as Classes[${JSON.stringify(name)}];`,
    ),
    ...ERROR_CLASSES.map((name) => `export type ${name}<B = Body> = Core.${name}<B>;`),
    "",
  ].join("\n");
}

/** The source of `tables.ts`: pagination, bounds and empty answers, as a vendor descriptor takes them. */
export function tablesModule() {
  return [
    'import { bounds } from "./bounds.js";',
    'import { emptyAnswers } from "./empty-answers.js";',
    'import { type Pagination, pagination } from "./pagination.js";',
    "",
    "export type { Pagination };",
    "/** The generated tables a client of this vendor is built with (spread into its descriptor). */",
    "export const tables = { pagination, bounds, emptyAnswers };",
    "",
  ].join("\n");
}

/** The source of `testing-core.ts`: the part of a vendor's `testing` entry that is core's test kit as it is. */
export function testingCoreModule() {
  return [
    "/**",
    " * What this package's `testing` entry shares with @voiceapis/core/testing, re-exported as it is",
    " * (the list is written once, in scripts/lib/core-exports.mjs).",
    " */",
    "export {",
    ...TESTING.map((name) => `  ${name},`),
    '} from "@voiceapis/core/testing";',
    "",
  ].join("\n");
}
