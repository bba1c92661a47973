/**
 * `createApiClient`: the one place where a vendor's description (host, auth,
 * pagination) meets the shared runtime. Every `create<Vendor>Client` calls it.
 */
import { bodyStart } from "./attempt.js";
import { checkBounds, type ParameterBounds } from "./bounds.js";
import { type AuthConfig, authHeader, resolveApiKey } from "./auth.js";
import { ConfigurationError, createApiError, ResponseParseError, SdkError, typeName } from "./errors.js";
import { checkBaseUrl, checkCallOptions, checkClientOptions, checkHeaders, checkPaginateLimits } from "./options.js";
import { Paginator, type PaginationMeta } from "./paginate.js";
import { checkPath } from "./path.js";
import { type CallInit, createRequester } from "./request.js";
import { serverDelay } from "./retry.js";
import { type OutgoingRequest, send, type TransportOptions } from "./transport.js";
import type { ApiClient, CallOptions, ClientOptions, PaginationMap } from "./types.js";

/**
 * What a vendor package tells the runtime about one of its clients: host, auth, the generated
 * tables (pagination, bounds, empty answers) and, when a vendor splits its API, the routes.
 */
export type VendorConfig<Pag extends PaginationMap = PaginationMap> = AuthConfig & {
  /** The production host, used when `baseUrl` is not given. */
  baseUrl: string;
  /** The list operations `paginate` walks (generated). */
  pagination?: Pag;
  /** Response headers that carry the vendor's request id, first match wins. */
  requestIdHeaders?: string[];
  /** The idempotency key header (default `Idempotency-Key`). */
  idempotencyHeader?: string;
  /** Reads a wait in seconds from a parsed 429 body (CareCycle's `retryAfter`). */
  retryAfterFromBody?: (body: unknown) => number | undefined;
  /** Builds the query string (without `?`) when the vendor needs more than openapi-fetch's default. */
  querySerializer?: (query: Record<string, unknown>) => string;
  /** Path parameters filled into every call that does not pass its own (Voxys' `account_id`). */
  pathDefaults?: Record<string, unknown> | undefined;
  /**
   * The routes this client may call, when a vendor splits its API between clients
   * (Voxys' public, platform and account APIs). Any other path throws before a request.
   */
  routes?: { accepts: (path: string) => boolean; hint: string };
  /** The documented bounds of numeric parameters (generated); a call outside them throws before a request. */
  bounds?: ParameterBounds;
  /**
   * Operations (`method path`, generated) whose documented success answers include one without a
   * JSON body. Given this list, a throwing client reports an empty 2xx answer of any other
   * operation as a ResponseParseError, so that `data` is set whenever a call resolves.
   */
  emptyAnswers?: readonly string[];
};

/** TRACE is left out: fetch refuses it in every runtime. */
const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH"] as const;

/** Headers as a plain object: a `Headers` or `[name, value]` pairs would otherwise be spread into nothing, or into a header named "0". */
function plainHeaders(headers: unknown): Record<string, string> | undefined {
  if (headers === undefined || headers === null) return undefined;
  if (Array.isArray(headers) || headers instanceof Headers) {
    return Object.fromEntries(new Headers(headers as HeadersInit));
  }
  return headers as Record<string, string>;
}
const DEFAULT_REQUEST_ID_HEADERS = ["x-request-id", "request-id"];

/** Builds a client from a vendor's description and the caller's options. */
export function createApiClient<Paths, Pag extends PaginationMap = {}, Throws extends boolean = false>(
  vendor: VendorConfig<Pag>,
  options: ClientOptions<Throws> = {},
): ApiClient<Paths, Pag, Throws> {
  if (typeof options !== "object" || options === null) {
    throw new ConfigurationError(`create${vendor.vendor}Client takes an options object; got ${typeName(options)}.`);
  }
  checkClientOptions(options as Record<string, unknown>);
  const baseUrl = checkBaseUrl(options.baseUrl ?? vendor.baseUrl);
  const key = resolveApiKey(options.apiKey, vendor);
  const { origin, pathname } = new URL(baseUrl);
  const basePath = pathname.replace(/\/$/, "");
  const emptyAnswers = vendor.emptyAnswers ? new Set(vendor.emptyAnswers) : undefined;
  const transport: TransportOptions = {
    fetch: options.fetch,
    maxRetries: options.maxRetries ?? 2,
    timeout: options.timeout ?? 60_000,
    maxRetryAfter: options.maxRetryAfter ?? 60_000,
    idempotencyHeader: vendor.idempotencyHeader ?? "Idempotency-Key",
    origin,
    retryAfterFromBody: vendor.retryAfterFromBody,
    hooks: options.hooks,
  };
  const base = createRequester(
    baseUrl,
    { ...plainHeaders(options.headers), ...authHeader(key, vendor) },
    vendor.querySerializer,
  );

  async function call(method: string, url: string, init: Record<string, any> | undefined, throws: boolean) {
    if (init !== undefined && (typeof init !== "object" || init === null)) {
      throw new ConfigurationError(
        `${method} ${String(url)}: the second argument must be an options object; got ${typeName(init)}.`,
      );
    }
    const {
      maxRetries,
      timeout,
      idempotencyKey,
      signal = null,
      ...rest
    } = (init ?? {}) as Record<string, any> & CallOptions;
    checkCallOptions(init ?? {});
    if (rest.params !== undefined && (typeof rest.params !== "object" || rest.params === null)) {
      throw new ConfigurationError(
        `${method} ${String(url)}: \`params\` must be an object such as { query: { … } }; got ${typeName(rest.params)}.`,
      );
    }
    if (vendor.pathDefaults) rest.params = { ...rest.params, path: { ...vendor.pathDefaults, ...rest.params?.path } };
    checkPath(method, url, rest.params);
    checkHeaders("params.header", rest.params?.header);
    if (vendor.bounds) checkBounds(vendor.bounds, method, url, rest.params);
    if (vendor.routes && !vendor.routes.accepts(url))
      throw new ConfigurationError(`"${url}" is not a route of this client: ${vendor.routes.hint}`);
    rest.headers = plainHeaders(rest.headers);
    if (idempotencyKey !== undefined) rest.headers = { ...rest.headers, [transport.idempotencyHeader]: idempotencyKey };
    const perCall = {
      ...transport,
      maxRetries: maxRetries ?? transport.maxRetries,
      timeout: timeout ?? transport.timeout,
    };
    // The caller's signal goes to the transport alone: a Request built with it would add a listener
    // to it per call that only garbage collection removes.
    let answer: Response | undefined;
    rest.fetch = async (request: OutgoingRequest) => {
      // The route split holds on the URL actually sent, after path parameters are filled in.
      if (vendor.routes) checkRoute(method, request.url, vendor.routes);
      return (answer = await send(request, perCall, signal));
    };
    let result: { data?: unknown; error?: unknown; response: Response; requestId?: string | undefined };
    try {
      result = await base.request(method, url, rest as CallInit);
    } catch (error) {
      throw unexpected(error, method, url, answer);
    }
    if (throws && !result.response.ok) throw toApiError(method, url, result.response, result.error);
    if (
      throws &&
      result.data === undefined &&
      emptyAnswers &&
      expectsBody(method, url, result.response, rest.parseAs)
    ) {
      throw parseError(method, url, result.response, "is empty, where the operation documents a JSON body");
    }
    result.requestId = requestIdOf(result.response);
    return result;
  }

  /** Turns what openapi-fetch threw into our errors: a body that does not parse, or a request it could not build. */
  function unexpected(error: unknown, method: string, path: string, answer: Response | undefined): SdkError {
    if (error instanceof SdkError) return error;
    const detail = error instanceof Error ? error.message : String(error);
    // The answer arrived, so what failed was reading it: JSON that does not parse, or a `parseAs` that does not fit.
    if (answer) {
      const problem = error instanceof SyntaxError ? "is not valid JSON" : `could not be read (${detail})`;
      return parseError(method, path, answer, problem, error);
    }
    return new ConfigurationError(`${method} ${path}: the request could not be built: ${detail}`, { cause: error });
  }

  /** A ResponseParseError for a 2xx answer whose body is not what the call expects. */
  function parseError(method: string, path: string, response: Response, problem: string, cause?: unknown) {
    return new ResponseParseError({
      method,
      url: answerUrl(response, path),
      status: response.status,
      contentType: response.headers.get("content-type") ?? undefined,
      body: bodyStart(response),
      problem,
      cause,
    });
  }

  /** Whether a 2xx answer of this call should have carried a JSON body (it is not a 204/205, a HEAD, or an operation documented without one). */
  function expectsBody(method: string, path: string, response: Response, parseAs: unknown): boolean {
    if (method === "HEAD" || response.status === 204 || response.status === 205) return false;
    if (parseAs !== undefined && parseAs !== "json") return false;
    return !emptyAnswers!.has(`${method.toLowerCase()} ${path}`);
  }

  /** The path below `baseUrl` that a request reaches, slashes collapsed as servers do. */
  function checkRoute(method: string, url: string, routes: NonNullable<VendorConfig["routes"]>) {
    const path = new URL(url).pathname.slice(basePath.length).replace(/\/{2,}/g, "/");
    if (!routes.accepts(path))
      throw new ConfigurationError(`${method} ${path} is not a route of this client: ${routes.hint}`);
  }

  function toApiError(method: string, path: string, response: Response, body: unknown) {
    const ms = serverDelay(response, body, vendor.retryAfterFromBody);
    return createApiError({
      status: response.status,
      headers: response.headers,
      body,
      method,
      url: answerUrl(response, path),
      requestId: requestIdOf(response),
      retryAfter: ms === undefined ? undefined : ms / 1000,
    });
  }

  /** The URL an answer came from; a fetch stub or wrapper may answer with a Response that has no url. */
  function answerUrl(response: Response, path: string): string {
    return response.url || `${baseUrl}${path}`;
  }

  /** The vendor's request id from a response's headers, first match wins. */
  function requestIdOf(response: Response): string | undefined {
    for (const name of vendor.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS) {
      const value = response.headers.get(name);
      if (value) return value;
    }
  }

  const client: Record<string, unknown> = {};
  for (const method of METHODS) {
    client[method] = (url: string, init?: Record<string, unknown>) =>
      call(method, url, init, options.throwOnError === true);
  }
  client.paginate = (url: string, init: Record<string, any> = {}) => {
    const meta = (vendor.pagination as Record<string, PaginationMeta> | undefined)?.[url];
    if (!meta) throw new ConfigurationError(`"${url}" is not a paginated list operation of this client.`);
    if (
      typeof init !== "object" ||
      init === null ||
      (init.params !== undefined && (typeof init.params !== "object" || init.params === null))
    ) {
      throw new ConfigurationError(
        `paginate("${url}"): the options must be an object such as { params: { query: { … } } }.`,
      );
    }
    checkPaginateLimits(init);
    const { maxItems, maxPages, params = {}, ...rest } = init;
    const method = meta.method.toUpperCase();
    const fetchPage = (query: Record<string, unknown>) =>
      call(method, url, { ...rest, params: { ...params, query } }, true);
    return new Paginator(meta, fetchPage, { ...params.query }, { maxItems, maxPages, signal: rest.signal });
  };
  return client as unknown as ApiClient<Paths, Pag, Throws>;
}
