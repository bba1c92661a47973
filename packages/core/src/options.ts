/**
 * Checks what a caller passes before any request is made: client options, per-call options
 * and pagination limits. Each failure is a ConfigurationError that names the option, says
 * what it takes, and never quotes a header value or the API key.
 */
import { ConfigurationError, typeName } from "./errors.js";

/** The largest delay a timer can hold (2^31 − 1 ms, about 24.8 days); larger ones fire at once. */
export const MAX_DELAY = 2_147_483_647;

/** What a value is, for messages; never the value itself (it may be a key). */
const kind = (value: unknown): string =>
  Array.isArray(value) ? "an array" : typeof value === "string" ? "a string" : typeName(value);

/** Throws "The `name` option<rule>; got <got>." (`rule` starts with " must…" or "'s…"; `got` only when given). */
function fail(name: string, rule: string, got?: string): never {
  throw new ConfigurationError(`The \`${name}\` option${rule}${got === undefined ? "" : `; got ${got}`}.`);
}

/** A number: a delay in milliseconds from 1 to {@link MAX_DELAY}, or (`min` given) a whole number from `min` up. */
function checkNumber(name: string, value: unknown, min?: number): void {
  if (value === undefined) return;
  const ok =
    typeof value === "number" &&
    (min === undefined ? value >= 1 && value <= MAX_DELAY : Number.isInteger(value) && value >= min);
  if (!ok) {
    const rule = min === undefined ? `a number of milliseconds from 1 to ${MAX_DELAY}` : `a whole number ≥ ${min}`;
    fail(name, ` must be ${rule}`, typeof value === "number" ? String(value) : kind(value));
  }
}

function checkType(name: string, value: unknown, type: string): void {
  if (value === undefined) return;
  const ok =
    type === "object" ? typeof value === "object" && value !== null && !Array.isArray(value) : typeof value === type;
  if (!ok) fail(name, ` must be a ${type === "object" ? "plain object" : type}`, kind(value));
}

/**
 * The base URL, normalized (no trailing slash): an absolute http(s) URL with no user name or
 * password, query or fragment. The message never repeats a URL that holds credentials.
 */
export function checkBaseUrl(value: unknown): string {
  if (typeof value !== "string") fail("baseUrl", " must be a string", kind(value));
  const example = `URL such as "https://api.example.com"`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail("baseUrl", ` must be an absolute ${example}`, `"${value}"`);
  }
  if (url.username || url.password)
    fail("baseUrl", " must not contain a user name or password; pass the key as `apiKey`");
  if (url.protocol !== "https:" && url.protocol !== "http:")
    fail("baseUrl", ` must be an http or https ${example}`, `"${value}"`);
  if (url.search || url.hash || /[?#]/.test(value)) {
    fail(
      "baseUrl",
      " must not have a query or fragment (the client adds each call's query)",
      `"${url.origin}${url.pathname}…"`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Headers as callers pass them: an object, a `Headers` or `[name, value]` pairs; values never quoted. */
export function checkHeaders(name: string, headers: unknown): void {
  if (headers === undefined || headers === null) return;
  if (headers instanceof Headers) return; // already checked by Headers itself
  if (typeof headers !== "object") fail(name, " must be an object of header names to values", kind(headers));
  for (const [key, value] of (Array.isArray(headers) ? headers : Object.entries(headers)) as [unknown, unknown][]) {
    if (typeof key !== "string" || !TOKEN.test(key))
      fail(name, ` has a header name that is not a valid HTTP token: ${JSON.stringify(String(key)).slice(0, 60)}`);
    for (const v of value === undefined || value === null ? [] : [value].flat()) {
      const header = `'s "${key}" header`;
      if (!["string", "number", "boolean"].includes(typeof v)) fail(name, `${header} must be a string`, kind(v));
      // A line break or NUL would split the request's headers; beyond Latin-1 fetch cannot send.
      if (/[\r\n\0]/.test(String(v)))
        fail(name, `${header} contains a line break or NUL, which would split the request's headers; remove it`);
      if (/[^\t\x20-\x7e\x80-\xff]/.test(String(v))) {
        fail(
          name,
          `${header} has characters a header cannot carry (control characters, or beyond Latin-1 such as emoji); encode the value first`,
        );
      }
    }
  }
}

/** Every option of `create<Vendor>Client` that can be checked without the vendor. */
export function checkClientOptions(options: Record<string, unknown>): void {
  checkType("apiKey", options.apiKey, "string");
  checkType("fetch", options.fetch, "function");
  checkType("throwOnError", options.throwOnError, "boolean");
  checkType("hooks", options.hooks, "object");
  checkType("headers", options.headers, "object");
  checkHeaders("headers", options.headers);
  checkNumber("timeout", options.timeout);
  checkNumber("maxRetryAfter", options.maxRetryAfter);
  checkNumber("maxRetries", options.maxRetries, 0);
  for (const hook of ["onRequest", "onResponse", "onRetry"])
    checkType(`hooks.${hook}`, (options.hooks as Record<string, unknown> | undefined)?.[hook], "function");
}

/** The options a single call may pass besides its parameters and body. */
export function checkCallOptions(init: Record<string, unknown>): void {
  checkNumber("timeout", init.timeout);
  checkNumber("maxRetries", init.maxRetries, 0);
  checkHeaders("headers", init.headers);
  const key = init.idempotencyKey;
  if (key !== undefined && (typeof key !== "string" || key.trim() === "" || !/^[\x20-\x7e]+$/.test(key))) {
    fail(
      "idempotencyKey",
      " must be a non-empty string of printable ASCII characters (a UUID works well)",
      typeof key === "string" && key.trim() === "" ? "an empty string" : kind(key),
    );
  }
  const signal = init.signal;
  if (signal != null && !(signal instanceof AbortSignal))
    fail("signal", " must be an AbortSignal (from an AbortController)", kind(signal));
}

/** `maxItems` and `maxPages` of a walk: whole numbers ≥ 1. */
export function checkPaginateLimits(init: Record<string, unknown>): void {
  checkNumber("maxItems", init.maxItems, 1);
  checkNumber("maxPages", init.maxPages, 1);
}
