/**
 * The retry policy: which failures are retried, and how long to wait between attempts.
 */

/** Statuses worth another attempt: timeouts, conflicts, rate limits and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/** GET, HEAD, PUT, DELETE and OPTIONS retry; POST and PATCH only with an idempotency key. */
export function isRetryableMethod(method: string, hasIdempotencyKey: boolean): boolean {
  return SAFE_METHODS.has(method.toUpperCase()) || hasIdempotencyKey;
}

export const INITIAL_DELAY_MS = 500;
export const MAX_DELAY_MS = 8_000;

/**
 * Exponential backoff with jitter: about 0.5 s, 1 s, 2 s … capped at 8 s, each
 * reduced by up to a quarter at random so that clients do not retry in step.
 */
export function backoffDelay(retry: number, random: () => number = Math.random): number {
  const base = Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_DELAY_MS);
  return base * (1 - 0.25 * random());
}

/**
 * The wait the server asked for, in milliseconds: `retry-after-ms`, then
 * `Retry-After` in seconds or as an HTTP date. Undefined when absent or unreadable.
 */
export function retryAfterFromHeaders(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms")?.trim();
  // Number("") is 0: an empty header is unreadable, not "retry now".
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  const header = headers.get("retry-after");
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date has a weekday or month name; anything else ("-1", "2.") is unreadable, not a date.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * The wait a response asks for, in milliseconds: its headers, then on a 429 the vendor's body
 * field, read by `fromBody` in seconds. Undefined when absent, negative or not finite.
 */
export function serverDelay(
  response: Response,
  body: unknown,
  fromBody?: (body: unknown) => number | undefined,
): number | undefined {
  let ms = retryAfterFromHeaders(response.headers);
  if (ms === undefined && response.status === 429 && fromBody) {
    const seconds = fromBody(body);
    if (typeof seconds === "number") ms = seconds * 1000;
  }
  return ms !== undefined && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}
