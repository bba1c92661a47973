/**
 * @voiceapis/quentli: a typed client for the Quentli REST API.
 *
 * The types and pagination metadata come from specs/quentli/openapi.yaml
 * (see src/generated/); this file describes the vendor to the runtime and
 * types the qs-encoded `filter`/`orderBy` parameters of the list operations.
 */
import type * as Core from "@voiceapis/core";
import { type ApiClient, type ClientOptions, ConfigurationError } from "@voiceapis/core";
import { createApiClient, readEnv, type VendorConfig } from "@voiceapis/core/runtime";
import type { ListFilters } from "./filters.js";
import type { components, paths } from "./generated/schema.js";
import { type Pagination, tables } from "./generated/tables.js";
import { serializeQuery } from "./query.js";

/** What this package exports: the factory, query helpers and types below, the generated types, and core's list (generated/core.ts). */
export * from "./generated/core.js";
export type * from "./filters.js";
export { encodeQs, serializeQuery } from "./query.js";

/** How Quentli is called: host, Bearer auth with an `sk_` key, and qs-encoded filters. */
const quentli: VendorConfig<Pagination> & { envVar: string } = {
  vendor: "Quentli",
  envVar: "QUENTLI_API_KEY",
  baseUrl: "https://api.quentli.com",
  header: "Authorization",
  scheme: "Bearer",
  prefix: "sk_",
  querySerializer: serializeQuery,
  ...tables,
};

/**
 * The demo host named in Quentli's example code; pass it as `baseUrl` to use it,
 * with a demo key as `apiKey`: on this host the client never falls back to
 * `QUENTLI_API_KEY` (the production key) and refuses that key if passed.
 */
export const QUENTLI_DEMO_URL = "https://api.demo.quentli.com";

function isDemoHost(baseUrl: string | undefined): boolean {
  try {
    return baseUrl !== undefined && new URL(baseUrl).hostname === new URL(QUENTLI_DEMO_URL).hostname;
  } catch {
    return false; // core reports a malformed baseUrl
  }
}

/** Keeps the production key away from the demo host: no fallback to QUENTLI_API_KEY there, and not that key either. */
function checkDemoKey(options: QuentliClientOptions<boolean>): void {
  if (typeof options !== "object" || options === null || !isDemoHost(options.baseUrl)) return;
  if (options.apiKey === undefined) {
    throw new ConfigurationError(
      "The Quentli demo host needs a demo key in the `apiKey` option (for example process.env.QUENTLI_DEMO_API_KEY, which may be unset); " +
        "the client does not fall back to QUENTLI_API_KEY there, so that the production key never reaches the demo host.",
    );
  }
  const production = readEnv(quentli.envVar)?.trim();
  if (production && typeof options.apiKey === "string" && options.apiKey.trim() === production) {
    throw new ConfigurationError(
      "The `apiKey` given for the Quentli demo host is the production key from QUENTLI_API_KEY; pass a demo key instead.",
    );
  }
}

type WithTypedQuery<Op, F> = Op extends { parameters: { query?: infer Q } }
  ? Omit<Op, "parameters"> & {
      parameters: Omit<Op["parameters"], "query"> & {
        query?: Omit<NonNullable<Q>, keyof F> & { [K in keyof F]?: F[K] | string };
      };
    }
  : Op;

/** The generated paths, with `filter` and `orderBy` typed as objects on the list operations. */
export type QuentliPaths = {
  [P in keyof paths]: P extends keyof ListFilters
    ? Omit<paths[P], "get"> & { get: WithTypedQuery<paths[P]["get"], ListFilters[P]> }
    : paths[P];
};

export type QuentliClientOptions<Throws extends boolean = false> = ClientOptions<Throws>;
export type QuentliClient<Throws extends boolean = false> = ApiClient<QuentliPaths, Pagination, Throws>;
/**
 * Quentli documents no error body; the spec assumes an object with an optional
 * `message` and lets it carry other fields. This type keeps the named field only,
 * so that a misspelled one does not compile; other fields stay in the parsed body.
 */
export type QuentliErrorBody = {
  [K in keyof components["schemas"]["Error"] as string extends K ? never : K]: components["schemas"]["Error"][K];
};
/** A typed API error from this client (in throwing mode). */
export type QuentliApiError = Core.ApiError<QuentliErrorBody>;

/**
 * Creates a Quentli client. The key comes from `apiKey` or `QUENTLI_API_KEY` and
 * must start with `sk_`; a missing or malformed key throws here, before any
 * request is sent.
 */
export function createQuentliClient<Throws extends boolean = false>(
  options: QuentliClientOptions<Throws> = {},
): QuentliClient<Throws> {
  checkDemoKey(options);
  return createApiClient<QuentliPaths, Pagination, Throws>(quentli, options);
}
