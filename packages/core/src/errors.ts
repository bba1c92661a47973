/**
 * The error hierarchy every vendor client throws.
 *
 * SdkError
 * ├── ConfigurationError       bad client options (missing or malformed API key, …)
 * ├── ApiError<Body>           the server answered with a non-2xx status
 * │   ├── BadRequestError            400
 * │   ├── AuthenticationError        401
 * │   ├── PermissionDeniedError      403
 * │   ├── NotFoundError              404
 * │   ├── ConflictError              409
 * │   ├── UnprocessableEntityError   422
 * │   ├── RateLimitError             429 (with `retryAfter`)
 * │   └── InternalServerError        ≥ 500
 * ├── ConnectionError          no complete response (DNS, reset, refused, cut mid-body, …)
 * │   └── TimeoutError         an attempt (headers and body) took longer than `timeout`
 * ├── RedirectError            a redirect the client will not follow (another origin, a loop)
 * ├── ResponseParseError       a 2xx answer whose body is not the JSON it should be
 * └── AbortError               the caller's AbortSignal fired
 *
 * No error holds the request or its headers, so an API key cannot leak through one.
 */

/** The root of every error a vendor client throws. */
export class SdkError extends Error {
  override name = "SdkError";
}

/** The client was given options it cannot work with. */
export class ConfigurationError extends SdkError {
  override name = "ConfigurationError";
}

/** What an {@link ApiError} is built from. */
export interface ApiErrorInit<Body> {
  status: number;
  headers: Headers;
  body: Body;
  method: string;
  url: string;
  requestId?: string;
  retryAfter?: number;
}

const EXCERPT_LENGTH = 200;

/** A short, single-line excerpt of an error body for messages. */
export function excerpt(body: unknown): string {
  if (body === undefined || body === null || body === "") return "(empty body)";
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

/** `typeof`, with `null` for null: what a wrong value was, for messages, never the value itself. */
export const typeName = (value: unknown): string => (value === null ? "null" : typeof value);

/** Drops the query string: it may carry personal data, and messages should stay short. */
export function safeUrl(url: string): string {
  const q = url.indexOf("?");
  return q === -1 ? url : url.slice(0, q);
}

/** The server answered with a non-2xx status. `body` is the parsed error body (JSON, or text). */
export class ApiError<Body = unknown> extends SdkError {
  override name = "ApiError";
  declare readonly status: number;
  declare readonly headers: Headers;
  declare readonly body: Body;
  /** The vendor's request id, when the response carries one. */
  declare readonly requestId: string | undefined;

  constructor(init: ApiErrorInit<Body>) {
    const id = init.requestId ? ` (request id ${init.requestId})` : "";
    super(`${init.method} ${safeUrl(init.url)} failed with status ${init.status}${id}: ${excerpt(init.body)}`);
    this.status = init.status;
    this.headers = init.headers;
    this.body = init.body;
    this.requestId = init.requestId;
  }
}

export class BadRequestError<Body = unknown> extends ApiError<Body> {
  override name = "BadRequestError";
  declare readonly status: 400;
}
export class AuthenticationError<Body = unknown> extends ApiError<Body> {
  override name = "AuthenticationError";
  declare readonly status: 401;
}
export class PermissionDeniedError<Body = unknown> extends ApiError<Body> {
  override name = "PermissionDeniedError";
  declare readonly status: 403;
}
export class NotFoundError<Body = unknown> extends ApiError<Body> {
  override name = "NotFoundError";
  declare readonly status: 404;
}
export class ConflictError<Body = unknown> extends ApiError<Body> {
  override name = "ConflictError";
  declare readonly status: 409;
}
export class UnprocessableEntityError<Body = unknown> extends ApiError<Body> {
  override name = "UnprocessableEntityError";
  declare readonly status: 422;
}
export class RateLimitError<Body = unknown> extends ApiError<Body> {
  override name = "RateLimitError";
  declare readonly status: 429;
  /** Seconds the server asked us to wait, when it said so (header or body). */
  declare readonly retryAfter: number | undefined;
  constructor(init: ApiErrorInit<Body>) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}
export class InternalServerError<Body = unknown> extends ApiError<Body> {
  override name = "InternalServerError";
}

/** Builds the subclass that matches the status. */
export function createApiError<Body>(init: ApiErrorInit<Body>): ApiError<Body> {
  const byStatus: Record<number, typeof ApiError> = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
  };
  const Class = byStatus[init.status] ?? (init.status >= 500 ? InternalServerError : ApiError);
  return new Class<Body>(init);
}

/** No response arrived: the connection failed or was reset. */
export class ConnectionError extends SdkError {
  override name = "ConnectionError";
}

/** One attempt took longer than the configured timeout. */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
}

/** The caller's AbortSignal cancelled the request. */
export class AbortError extends SdkError {
  override name = "AbortError";
}

/** The typed error for a request the caller aborted. */
export function abortError(signal: AbortSignal): AbortError {
  const reason = signal.reason instanceof Error ? `: ${signal.reason.message}` : "";
  return new AbortError(`The request was aborted${reason}`);
}

/**
 * The server redirected to another origin (where the API key must not go), or redirected
 * too often, or the runtime hid the redirect's target. Never retried.
 */
export class RedirectError extends SdkError {
  override name = "RedirectError";
  /** The origin the server redirected to, when the runtime showed it. */
  declare readonly location: string | undefined;
  constructor(message: string, location?: string) {
    super(message);
    this.location = location;
  }
}

/**
 * A successful (2xx) answer whose body could not be read as the call asked: JSON cut short, an
 * HTML page, or a body that is not what `parseAs` expects. Never retried.
 */
export class ResponseParseError extends SdkError {
  override name = "ResponseParseError";
  declare readonly status: number;
  /** The response's `content-type`, when it had one. */
  declare readonly contentType: string | undefined;
  /** The start of the body, on one line. */
  declare readonly excerpt: string;
  constructor(init: {
    method: string;
    url: string;
    status: number;
    contentType: string | undefined;
    body: string;
    problem: string;
    cause?: unknown;
  }) {
    const snippet = excerpt(init.body);
    const type = init.contentType ?? "no content-type";
    super(
      `${init.method} ${safeUrl(init.url)} answered ${init.status} (${type}) with a body that ${init.problem}: ${snippet}`,
      { cause: init.cause },
    );
    this.status = init.status;
    this.contentType = init.contentType;
    this.excerpt = snippet;
  }
}

/**
 * Narrows a caught value to an {@link ApiError} whose body has the vendor's error
 * type, e.g. `if (isApiError<VoxfraErrorBody>(err)) err.body.error`.
 */
export function isApiError<Body = unknown>(error: unknown): error is ApiError<Body> {
  return error instanceof ApiError;
}
