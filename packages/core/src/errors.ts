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
 * ├── ConnectionError          no response (DNS, reset, refused, …)
 * │   └── TimeoutError         an attempt took longer than `timeout`
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

/** Drops the query string: it may carry personal data, and messages should stay short. */
export function safeUrl(url: string): string {
  const q = url.indexOf("?");
  return q === -1 ? url : url.slice(0, q);
}

/** The server answered with a non-2xx status. `body` is the parsed error body (JSON, or text). */
export class ApiError<Body = unknown> extends SdkError {
  override name = "ApiError";
  readonly status: number;
  readonly headers: Headers;
  readonly body: Body;
  /** The vendor's request id, when the response carries one. */
  readonly requestId: string | undefined;

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
}
export class AuthenticationError<Body = unknown> extends ApiError<Body> {
  override name = "AuthenticationError";
}
export class PermissionDeniedError<Body = unknown> extends ApiError<Body> {
  override name = "PermissionDeniedError";
}
export class NotFoundError<Body = unknown> extends ApiError<Body> {
  override name = "NotFoundError";
}
export class ConflictError<Body = unknown> extends ApiError<Body> {
  override name = "ConflictError";
}
export class UnprocessableEntityError<Body = unknown> extends ApiError<Body> {
  override name = "UnprocessableEntityError";
}
export class RateLimitError<Body = unknown> extends ApiError<Body> {
  override name = "RateLimitError";
  /** Seconds the server asked us to wait, when it said so (header or body). */
  readonly retryAfter: number | undefined;
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
  switch (init.status) {
    case 400:
      return new BadRequestError(init);
    case 401:
      return new AuthenticationError(init);
    case 403:
      return new PermissionDeniedError(init);
    case 404:
      return new NotFoundError(init);
    case 409:
      return new ConflictError(init);
    case 422:
      return new UnprocessableEntityError(init);
    case 429:
      return new RateLimitError(init);
    default:
      return init.status >= 500 ? new InternalServerError(init) : new ApiError(init);
  }
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

/**
 * Narrows a caught value to an {@link ApiError} whose body has the vendor's error
 * type, e.g. `if (isApiError<VoxfraErrorBody>(err)) err.body.error`.
 */
export function isApiError<Body = unknown>(error: unknown): error is ApiError<Body> {
  return error instanceof ApiError;
}
