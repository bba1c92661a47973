/**
 * @voiceapis/voxys: a typed client for the Voxys Connect API.
 *
 * The types and pagination metadata come from specs/voxys/openapi.yaml
 * (see src/generated/); this file only describes the vendor to the runtime.
 * Voxys has three audiences, each with its own factory and its own slice of
 * the paths: account routes (user or agent-bot token), the public Client API
 * (no token) and the Platform API (platform-app token).
 */
import type * as Core from "@voiceapis/core";
import { type ApiClient, type ClientOptions, ConfigurationError } from "@voiceapis/core";
import { createApiClient, type VendorConfig, type WithPathDefaults } from "@voiceapis/core/runtime";
import { isAccountPath, isPlatformPath, isPublicPath } from "./audiences.js";
import type { components, paths } from "./generated/schema.js";
import { type Pagination, tables } from "./generated/tables.js";

/** What this package exports: the three factories and types below, the generated types, and core's list (generated/core.ts). */
export * from "./generated/core.js";

const HOST = "https://connect.voxys.ai";

/** Routes of the public Client API and the CSAT page: no token, the caller is named in the path. */
export type PublicPath = Extract<keyof paths, `/public/${string}` | `/survey/${string}`>;
/** Routes of the Platform API, for a platform-app token. */
export type PlatformPath = Extract<keyof paths, `/platform/${string}`>;
/** Routes of the account APIs (Application, CRM and the Voxys groups), for a user or agent-bot token. */
export type AccountPath = Exclude<keyof paths, PublicPath | PlatformPath>;

export type AccountPaths = Pick<paths, AccountPath>;
export type PublicPaths = Pick<paths, PublicPath>;
export type PlatformPaths = Pick<paths, PlatformPath>;

/** How the account APIs are called: host and a user (or agent-bot) token in `api_access_token`. */
const voxys: VendorConfig<Pagination> = {
  vendor: "Voxys",
  envVar: "VOXYS_API_KEY",
  baseUrl: HOST,
  header: "api_access_token",
  routes: {
    accepts: isAccountPath,
    hint: "/public and /survey routes belong to createVoxysPublicClient, /platform routes to createVoxysPlatformClient.",
  },
  ...tables,
};

/** How the Platform API is called: a platform-app token in the same header. */
const voxysPlatform: VendorConfig<Pagination> = {
  vendor: "Voxys Platform",
  envVar: "VOXYS_PLATFORM_API_KEY",
  baseUrl: HOST,
  header: "api_access_token",
  routes: {
    accepts: isPlatformPath,
    hint: "the platform client calls only /platform routes; use createVoxysClient for the others.",
  },
  ...tables,
};

/** How the public Client API is called: no token at all. */
const voxysPublic: VendorConfig<Pagination> = {
  vendor: "Voxys public Client API",
  anonymous: true,
  baseUrl: HOST,
  routes: {
    accepts: isPublicPath,
    hint: "the public client calls only /public and /survey routes; use createVoxysClient for the others.",
  },
  ...tables,
};

/** Every error body Voxys documents; which one depends on the group of the route. */
export type VoxysErrorBody =
  | components["schemas"]["ErrorResponse"]
  | components["schemas"]["ValidationErrorResponse"]
  | components["schemas"]["ErrorMessageList"]
  | components["schemas"]["BadRequestError"];
/** A typed API error from these clients (in throwing mode). Some groups answer 401 and 404 with no body. */
export type VoxysApiError = Core.ApiError<VoxysErrorBody | undefined>;

// ---------------------------------------------------------------- account APIs

export interface VoxysClientOptions<Throws extends boolean = false> extends ClientOptions<Throws> {
  /** The account every call works in; fills the `account_id` path parameter unless a call passes its own. */
  accountId?: number | undefined;
}

/** A client whose calls may leave out `account_id` (it comes from `accountId`). */
export type VoxysClient<Throws extends boolean = false> = ApiClient<
  WithPathDefaults<AccountPaths, "account_id">,
  Pagination,
  Throws
>;
/** A client without `accountId`: every call passes `account_id` itself. */
export type VoxysClientWithoutAccount<Throws extends boolean = false> = ApiClient<AccountPaths, Pagination, Throws>;

/**
 * Creates a client for the account APIs: Application, CRM and the Voxys groups.
 * The token (a user's access token, or an agent bot's for the few routes that
 * take one) comes from `apiKey` or `VOXYS_API_KEY`; a missing token throws here,
 * before any request is sent. With `accountId`, calls may leave out `account_id`.
 */
export function createVoxysClient<Throws extends boolean = false>(
  options: VoxysClientOptions<Throws> & { accountId: number },
): VoxysClient<Throws>;
export function createVoxysClient<Throws extends boolean = false>(
  options?: VoxysClientOptions<Throws>,
): VoxysClientWithoutAccount<Throws>;
export function createVoxysClient<Throws extends boolean = false>(options: VoxysClientOptions<Throws> = {}) {
  const { accountId, ...rest } = options;
  if (accountId !== undefined && !(Number.isInteger(accountId) && accountId > 0)) {
    const got =
      typeof accountId === "string"
        ? `the string ${JSON.stringify(accountId)}`
        : typeof accountId === "number"
          ? String(accountId)
          : typeof accountId;
    throw new ConfigurationError(
      `The \`accountId\` option must be a positive integer (the account_id in Voxys URLs); got ${got}.`,
    );
  }
  const pathDefaults = accountId === undefined ? undefined : { account_id: accountId };
  return createApiClient<AccountPaths, Pagination, Throws>({ ...voxys, pathDefaults }, rest);
}

// ---------------------------------------------------------- public Client API

export interface VoxysPublicClientOptions<Throws extends boolean = false>
  extends Omit<ClientOptions<Throws>, "apiKey"> {
  /** The identifier of the API-channel inbox; fills `inbox_identifier` unless a call passes its own. */
  inboxIdentifier?: string | undefined;
}

/** A public client whose calls may leave out `inbox_identifier` (it comes from `inboxIdentifier`). */
export type VoxysPublicClient<Throws extends boolean = false> = ApiClient<
  WithPathDefaults<PublicPaths, "inbox_identifier">,
  Pagination,
  Throws
>;
/** A public client without `inboxIdentifier`: every call passes `inbox_identifier` itself. */
export type VoxysPublicClientWithoutInbox<Throws extends boolean = false> = ApiClient<PublicPaths, Pagination, Throws>;

/**
 * Creates a client for the public Client API and the CSAT page, as a website
 * widget or a mobile app would call them: no token is read or sent (passing
 * `apiKey` throws, so a user token cannot leak into a browser bundle). The
 * caller is identified by `inbox_identifier` and `contact_identifier` in the
 * path; give `inboxIdentifier` once to leave the first out of every call.
 */
export function createVoxysPublicClient<Throws extends boolean = false>(
  options: VoxysPublicClientOptions<Throws> & { inboxIdentifier: string },
): VoxysPublicClient<Throws>;
export function createVoxysPublicClient<Throws extends boolean = false>(
  options?: VoxysPublicClientOptions<Throws>,
): VoxysPublicClientWithoutInbox<Throws>;
export function createVoxysPublicClient<Throws extends boolean = false>(
  options: VoxysPublicClientOptions<Throws> = {},
) {
  const { inboxIdentifier, ...rest } = options;
  if (inboxIdentifier !== undefined && (typeof inboxIdentifier !== "string" || inboxIdentifier.trim() === "")) {
    throw new ConfigurationError(
      `The \`inboxIdentifier\` option must be a non-empty string (the identifier of an API-channel inbox).`,
    );
  }
  const pathDefaults = inboxIdentifier === undefined ? undefined : { inbox_identifier: inboxIdentifier };
  return createApiClient<PublicPaths, Pagination, Throws>({ ...voxysPublic, pathDefaults }, rest);
}

// --------------------------------------------------------------- Platform API

/** A client for the Platform API. */
export type VoxysPlatformClient<Throws extends boolean = false> = ApiClient<PlatformPaths, Pagination, Throws>;

/**
 * Creates a client for the Platform API (accounts, account users, agent bots
 * and users of an installation). The platform-app token comes from `apiKey` or
 * `VOXYS_PLATFORM_API_KEY`; a missing token throws here, before any request.
 */
export function createVoxysPlatformClient<Throws extends boolean = false>(
  options: ClientOptions<Throws> = {},
): VoxysPlatformClient<Throws> {
  return createApiClient<PlatformPaths, Pagination, Throws>(voxysPlatform, options);
}
