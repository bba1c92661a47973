/**
 * `createApiClient`: the one place where a vendor's description (host, auth,
 * pagination) meets the shared runtime. Every `create<Vendor>Client` calls it.
 */
import createClient from "openapi-fetch";
import { type AuthConfig, authHeader, resolveApiKey } from "./auth.js";
import { createApiError, SdkError } from "./errors.js";
import { Paginator, type PaginationMeta } from "./paginate.js";
import { retryAfterFromHeaders } from "./retry.js";
import { abortError, send, type TransportOptions } from "./transport.js";
import type { ApiClient, CallOptions, ClientOptions, PaginationMap } from "./types.js";

/** What a vendor package tells the runtime about its API. */
export interface VendorConfig extends AuthConfig {
  /** The production host, used when `baseUrl` is not given. */
  baseUrl: string;
  /** Response headers that carry the vendor's request id, first match wins. */
  requestIdHeaders?: string[];
  /** The idempotency key header (default `Idempotency-Key`). */
  idempotencyHeader?: string;
  /** Reads a wait in seconds from a parsed 429 body (CareCycle's `retryAfter`). */
  retryAfterFromBody?: (body: unknown) => number | undefined;
  /** Builds the query string (without `?`) when the vendor needs more than openapi-fetch's default. */
  querySerializer?: (query: Record<string, unknown>) => string;
}

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
const DEFAULT_REQUEST_ID_HEADERS = ["x-request-id", "request-id"];

function checkNumber(name: string, value: number | undefined, min: number) {
  if (value !== undefined && !(Number.isFinite(value) && value >= min)) {
    throw new SdkError(`The \`${name}\` option must be a number ≥ ${min}; got ${String(value)}.`);
  }
}

/** Per-client settings a vendor package derives from its own options. */
export interface ClientExtras {
  /** Path parameters filled into every call that does not pass its own (Voxys' `account_id`). */
  pathDefaults?: Record<string, unknown>;
  /**
   * The routes this client may call, when a vendor splits its API between clients
   * (Voxys' public, platform and account APIs). Any other path throws before a request.
   */
  routes?: { accepts: (path: string) => boolean; hint: string };
}

/**
 * Settles with `promise`, or rejects with an AbortError as soon as `signal` aborts, including
 * while the response body is still being read (after the transport has handed the response over).
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    promise
      .then(resolve, (error: unknown) => reject(signal.aborted && !(error instanceof SdkError) ? abortError(signal) : error))
      .finally(() => signal.removeEventListener("abort", onAbort));
  });
}

export function createApiClient<Paths, Pag extends PaginationMap = {}, Throws extends boolean = false>(
  vendor: VendorConfig,
  pagination: Pag,
  options: ClientOptions<Throws> = {},
  extras: ClientExtras = {},
): ApiClient<Paths, Pag, Throws> {
  const key = resolveApiKey(options.apiKey, vendor);
  checkNumber("timeout", options.timeout, 1);
  checkNumber("maxRetries", options.maxRetries, 0);
  checkNumber("maxRetryAfter", options.maxRetryAfter, 0);
  const transport: TransportOptions = {
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    maxRetries: options.maxRetries ?? 2,
    timeout: options.timeout ?? 60_000,
    maxRetryAfter: options.maxRetryAfter ?? 60_000,
    idempotencyHeader: vendor.idempotencyHeader ?? "Idempotency-Key",
    retryAfterFromBody: vendor.retryAfterFromBody,
    hooks: options.hooks,
  };
  const baseUrl = (options.baseUrl ?? vendor.baseUrl).replace(/\/+$/, "");
  const base = createClient<Record<string, any>>({
    baseUrl,
    headers: { ...options.headers, ...authHeader(key, vendor) },
    fetch: (request) => send(request, transport),
    ...(vendor.querySerializer ? { querySerializer: vendor.querySerializer } : {}),
  });

  async function call(method: string, url: string, init: Record<string, any> = {}, throws: boolean) {
    if (extras.routes && !extras.routes.accepts(url)) throw new SdkError(`"${url}" is not a route of this client: ${extras.routes.hint}`);
    const { maxRetries, timeout, idempotencyKey, ...rest } = init as Record<string, any> & CallOptions;
    checkNumber("maxRetries", maxRetries, 0);
    checkNumber("timeout", timeout, 1);
    if (maxRetries !== undefined || timeout !== undefined) {
      const perCall = { ...transport, maxRetries: maxRetries ?? transport.maxRetries, timeout: timeout ?? transport.timeout };
      rest.fetch = (request: Request) => send(request, perCall);
    }
    if (extras.pathDefaults) rest.params = { ...rest.params, path: { ...extras.pathDefaults, ...rest.params?.path } };
    if (idempotencyKey !== undefined) rest.headers = { ...rest.headers, [transport.idempotencyHeader]: idempotencyKey };
    const result = await untilAborted(base.request(method.toLowerCase() as any, url, rest as any), rest.signal);
    if (throws && !result.response.ok) throw toApiError(method, url, result.response, result.error);
    return result;
  }

  function toApiError(method: string, path: string, response: Response, body: unknown) {
    const headers = response.headers;
    const names = vendor.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS;
    const requestId = names.map((name) => headers.get(name)).find((value) => value) ?? undefined;
    const ms = retryAfterFromHeaders(headers);
    const retryAfter = ms !== undefined ? ms / 1000 : response.status === 429 ? vendor.retryAfterFromBody?.(body) : undefined;
    // A fetch stub or wrapper may answer with a Response that has no url; fall back to the base URL and path.
    const where = response.url || `${baseUrl}${path}`;
    return createApiError({ status: response.status, headers, body, method, url: where, requestId, retryAfter });
  }

  const client: Record<string, unknown> = {};
  for (const method of METHODS) {
    client[method] = (url: string, init?: Record<string, unknown>) => call(method, url, init, options.throwOnError === true);
  }
  client.paginate = (url: string, init: Record<string, any> = {}) => {
    const meta = (pagination as Record<string, PaginationMeta>)[url];
    if (!meta) throw new SdkError(`"${url}" is not a paginated list operation of this client.`);
    const { maxItems, maxPages, params = {}, ...rest } = init;
    const fetchPage = async (query: Record<string, unknown>) =>
      (await call(meta.method, url, { ...rest, params: { ...params, query } }, true)).data;
    return new Paginator(meta, fetchPage, { ...params.query }, { maxItems, maxPages });
  };
  return client as unknown as ApiClient<Paths, Pag, Throws>;
}
