/**
 * @voiceapis/quentli: a typed client for the Quentli REST API.
 *
 * The types and pagination metadata come from specs/quentli/openapi.yaml
 * (see src/generated/); this file describes the vendor to the runtime and
 * types the qs-encoded `filter`/`orderBy` parameters of the list operations.
 */
import { type ApiClient, type ApiError, type ClientOptions, createApiClient, type VendorConfig } from "@voiceapis/core";
import type { ListFilters } from "./filters.js";
import { type Pagination, pagination } from "./generated/pagination.js";
import type { components, paths, webhooks } from "./generated/schema.js";
import { serializeQuery } from "./query.js";

export * from "@voiceapis/core";
export type * from "./filters.js";
export { encodeQs, serializeQuery } from "./query.js";
export type { components, paths, webhooks };

/** How Quentli is called: host, Bearer auth with an `sk_` key, and qs-encoded filters. */
export const quentli: VendorConfig = {
  vendor: "Quentli",
  envVar: "QUENTLI_API_KEY",
  baseUrl: "https://api.quentli.com",
  header: "Authorization",
  scheme: "Bearer",
  prefix: "sk_",
  querySerializer: serializeQuery,
};

/** The demo host named in Quentli's example code; pass it as `baseUrl` to use it. */
export const QUENTLI_DEMO_URL = "https://api.demo.quentli.com";

type WithTypedQuery<Op, F> = Op extends { parameters: { query?: infer Q } }
  ? Omit<Op, "parameters"> & {
      parameters: Omit<Op["parameters"], "query"> & {
        query?: Omit<NonNullable<Q>, keyof F> & { [K in keyof F]?: F[K] | string };
      };
    }
  : Op;

/** The generated paths, with `filter` and `orderBy` typed as objects on the list operations. */
export type QuentliPaths = {
  [P in keyof paths]: P extends keyof ListFilters ? Omit<paths[P], "get"> & { get: WithTypedQuery<paths[P]["get"], ListFilters[P]> } : paths[P];
};

export type QuentliClientOptions<Throws extends boolean = false> = ClientOptions<Throws>;
export type QuentliClient<Throws extends boolean = false> = ApiClient<QuentliPaths, Pagination, Throws>;
/** Quentli documents no error body; the spec assumes an object with an optional `message`. */
export type QuentliErrorBody = components["schemas"]["Error"];
/** A typed API error from this client (in throwing mode). */
export type QuentliApiError = ApiError<QuentliErrorBody>;

/**
 * Creates a Quentli client. The key comes from `apiKey` or `QUENTLI_API_KEY` and
 * must start with `sk_`; a missing or malformed key throws here, before any
 * request is sent.
 */
export function createQuentliClient<Throws extends boolean = false>(options: QuentliClientOptions<Throws> = {}): QuentliClient<Throws> {
  return createApiClient<QuentliPaths, Pagination, Throws>(quentli, pagination, options);
}
