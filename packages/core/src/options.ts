/**
 * Checks what a caller passes before any request is made: client options, per-call options
 * and pagination limits. Each failure is a ConfigurationError that names the option, says
 * what it takes, and never quotes a header value or the API key.
 */
import { ConfigurationError } from "./errors.js";

/** The largest delay a timer can hold (2^31 − 1 ms, about 24.8 days); larger ones fire at once. */
export const MAX_DELAY = 2_147_483_647;

/** What a value is, for messages; never the value itself (it may be a key). */
const kind = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "string" ? "a string" : typeof value;
/** A number as itself (counts and delays are not secret); anything else by its kind. */
const describe = (value: unknown): string => (typeof value === "number" ? String(value) : kind(value));

/** A delay in milliseconds: finite, from 1 to {@link MAX_DELAY}. */
export function checkDelay(name: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 1 || value > MAX_DELAY) {
    throw new ConfigurationError(
      `The \`${name}\` option must be a number of milliseconds from 1 to ${MAX_DELAY}; got ${describe(value)}.`,
    );
  }
}

/** A count: a whole number from `min` up. */
export function checkCount(name: string, value: unknown, min: number): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new ConfigurationError(`The \`${name}\` option must be a whole number ≥ ${min}; got ${describe(value)}.`);
  }
}

function checkType(name: string, value: unknown, type: "boolean" | "function" | "string" | "object"): void {
  if (value === undefined) return;
  const ok =
    type === "object" ? typeof value === "object" && value !== null && !Array.isArray(value) : typeof value === type;
  if (!ok)
    throw new ConfigurationError(
      `The \`${name}\` option must be a ${type === "object" ? "plain object" : type}; got ${kind(value)}.`,
    );
}

/**
 * The base URL, normalized (no trailing slash): an absolute http(s) URL with no user name or
 * password, query or fragment. The message never repeats a URL that holds credentials.
 */
export function checkBaseUrl(value: unknown): string {
  if (typeof value !== "string")
    throw new ConfigurationError(`The \`baseUrl\` option must be a string; got ${kind(value)}.`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(
      `The \`baseUrl\` option must be an absolute URL such as "https://api.example.com"; got "${value}".`,
    );
  }
  if (url.username || url.password) {
    throw new ConfigurationError(
      "The `baseUrl` option must not contain a user name or password; pass the key as `apiKey`.",
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigurationError(
      `The \`baseUrl\` option must be an http or https URL such as "https://api.example.com"; got "${value}".`,
    );
  }
  if (url.search || url.hash || value.includes("?") || value.includes("#")) {
    throw new ConfigurationError(
      `The \`baseUrl\` option must not have a query or fragment (the client adds each call's query); got "${url.origin}${url.pathname}…".`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

/** Characters no header name or value may hold (they would split the header). */
const BREAKS = /[\r\n\0]/;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Headers as callers pass them: an object, a `Headers` or `[name, value]` pairs; values never quoted. */
export function checkHeaders(name: string, headers: unknown): void {
  if (headers === undefined || headers === null) return;
  let entries: [string, unknown][];
  if (typeof Headers !== "undefined" && headers instanceof Headers) return; // already checked by Headers itself
  if (Array.isArray(headers)) entries = headers as [string, unknown][];
  else if (typeof headers === "object") entries = Object.entries(headers);
  else
    throw new ConfigurationError(
      `The \`${name}\` option must be an object of header names to values; got ${kind(headers)}.`,
    );
  for (const [key, value] of entries) {
    if (typeof key !== "string" || !TOKEN.test(key)) {
      throw new ConfigurationError(
        `The \`${name}\` option has a header name that is not a valid HTTP token: ${JSON.stringify(String(key)).slice(0, 60)}.`,
      );
    }
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (!["string", "number", "boolean"].includes(typeof v)) {
        throw new ConfigurationError(`The \`${name}\` option's "${key}" header must be a string; got ${kind(v)}.`);
      }
      if (BREAKS.test(String(v))) {
        throw new ConfigurationError(
          `The \`${name}\` option's "${key}" header contains a line break or NUL, which would split the request's headers; remove it.`,
        );
      }
      if (/[^\t\x20-\x7e\x80-\xff]/.test(String(v))) {
        throw new ConfigurationError(
          `The \`${name}\` option's "${key}" header has characters a header cannot carry (control characters, or beyond Latin-1 such as emoji); encode the value first.`,
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
  checkDelay("timeout", options.timeout);
  checkDelay("maxRetryAfter", options.maxRetryAfter);
  checkCount("maxRetries", options.maxRetries, 0);
  for (const name of ["onRequest", "onResponse", "onRetry"]) {
    const hook = (options.hooks as Record<string, unknown> | undefined)?.[name];
    if (hook !== undefined && typeof hook !== "function")
      throw new ConfigurationError(`The \`hooks.${name}\` option must be a function; got ${kind(hook)}.`);
  }
}

/** The options a single call may pass besides its parameters and body. */
export function checkCallOptions(init: Record<string, unknown>): void {
  checkDelay("timeout", init.timeout);
  checkCount("maxRetries", init.maxRetries, 0);
  checkHeaders("headers", init.headers);
  const key = init.idempotencyKey;
  if (key !== undefined && (typeof key !== "string" || key.trim() === "" || !/^[\x20-\x7e]+$/.test(key))) {
    throw new ConfigurationError(
      `The \`idempotencyKey\` option must be a non-empty string of printable ASCII characters (a UUID works well); got ${key === "" || (typeof key === "string" && key.trim() === "") ? "an empty string" : kind(key)}.`,
    );
  }
  const signal = init.signal;
  if (
    signal !== undefined &&
    signal !== null &&
    !(typeof AbortSignal !== "undefined" && signal instanceof AbortSignal)
  ) {
    throw new ConfigurationError(
      `The \`signal\` option must be an AbortSignal (from an AbortController); got ${kind(signal)}.`,
    );
  }
}

/** `maxItems` and `maxPages` of a walk: whole numbers ≥ 1. */
export function checkPaginateLimits(init: Record<string, unknown>): void {
  checkCount("maxItems", init.maxItems, 1);
  checkCount("maxPages", init.maxPages, 1);
}
