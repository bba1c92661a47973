/**
 * @voiceapis/voxys: a typed client for the Voxys Connect API.
 *
 * The types and pagination metadata come from specs/voxys/openapi.yaml
 * (see src/generated/); this file only describes the vendor to the runtime.
 */
import {
  type ApiClient,
  type ApiError,
  type ClientOptions,
  ConfigurationError,
  createApiClient,
  type VendorConfig,
  type WithPathDefaults,
} from "@voiceapis/core";
import { type Pagination, pagination } from "./generated/pagination.js";
import type { components, paths } from "./generated/schema.js";

export * from "@voiceapis/core";
export type { components, paths };

/** How Voxys is called: host and the `api_access_token` header. */
export const voxys: VendorConfig = {
  vendor: "Voxys",
  envVar: "VOXYS_API_KEY",
  baseUrl: "https://connect.voxys.ai",
  header: "api_access_token",
};

export interface VoxysClientOptions<Throws extends boolean = false> extends ClientOptions<Throws> {
  /** The account every call works in; fills the `account_id` path parameter unless a call passes its own. */
  accountId?: number;
}

/** A client whose calls may leave out `account_id` (it comes from `accountId`). */
export type VoxysClient<Throws extends boolean = false> = ApiClient<WithPathDefaults<paths, "account_id">, Pagination, Throws>;
/** A client without `accountId`: every call passes `account_id` itself. */
export type VoxysClientWithoutAccount<Throws extends boolean = false> = ApiClient<paths, Pagination, Throws>;

/** The CRM's error bodies: `{ error }`, or `{ errors: { field: [messages] } }` on validation failures. */
export type VoxysErrorBody = components["schemas"]["ErrorResponse"] | components["schemas"]["ValidationErrorResponse"];
/** A typed API error from this client (in throwing mode). */
export type VoxysApiError = ApiError<VoxysErrorBody>;

/**
 * Creates a Voxys client. The key comes from `apiKey` or `VOXYS_API_KEY`; a
 * missing key throws here, before any request is sent. With `accountId`, calls
 * may leave out the `account_id` path parameter.
 */
export function createVoxysClient<Throws extends boolean = false>(
  options: VoxysClientOptions<Throws> & { accountId: number },
): VoxysClient<Throws>;
export function createVoxysClient<Throws extends boolean = false>(options?: VoxysClientOptions<Throws>): VoxysClientWithoutAccount<Throws>;
export function createVoxysClient<Throws extends boolean = false>(options: VoxysClientOptions<Throws> = {}) {
  const { accountId, ...rest } = options;
  if (accountId !== undefined && !(Number.isInteger(accountId) && accountId > 0)) {
    throw new ConfigurationError(`The \`accountId\` option must be a positive integer (the account_id in Voxys URLs); got ${String(accountId)}.`);
  }
  const pathDefaults = accountId === undefined ? undefined : { account_id: accountId };
  return createApiClient<paths, Pagination, Throws>(voxys, pagination, rest, { pathDefaults });
}
