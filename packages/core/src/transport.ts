/**
 * The fetch every client sends through: retries with backoff that honour `Retry-After`,
 * around attempts that each have one deadline for the whole answer (attempt.ts), and the
 * caller's AbortSignal, which ends the call at once wherever it is.
 */
import { ABORTED, attempt, type FetchLike, readAll, TIMEOUT, withDeadline } from "./attempt.js";
import { abortError, ConnectionError, ConfigurationError, SdkError, safeUrl, TimeoutError } from "./errors.js";
import { type Hooks, safely } from "./hooks.js";
import { backoffDelay, isRetryableMethod, isRetryableStatus, serverDelay } from "./retry.js";

/**
 * What the transport sends: a real Request, or the plain record request.ts builds (which saves
 * building a Request that is never sent; the transport makes the one real request per attempt).
 */
export interface OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null | undefined;
}

export interface TransportOptions {
  /** The caller's fetch; absent, the global one. */
  fetch?: FetchLike;
  /** Retries after the first attempt; 0 turns retries off. */
  maxRetries: number;
  /** Deadline of each attempt in milliseconds: request, redirects, headers and body. */
  timeout: number;
  /** The longest wait a `Retry-After` may impose, in milliseconds. */
  maxRetryAfter: number;
  /** The header whose presence makes POST and PATCH safe to retry. */
  idempotencyHeader: string;
  /** The configured origin; no request (and so no key) goes anywhere else. */
  origin: string;
  /** Reads a wait (seconds) from a parsed 429 body, for vendors that put it there. */
  retryAfterFromBody?: (body: unknown) => number | undefined;
  hooks?: Hooks;
  random?: () => number;
}

/**
 * Sends `request`, retrying by the policy in retry.ts, and resolves with the last response,
 * its body already read. `signal` is the caller's (the request's own signal is not used).
 */
export async function send(
  request: OutgoingRequest,
  options: TransportOptions,
  signal: AbortSignal | null = null,
): Promise<Response> {
  const method = request.method;
  if (!request.url.startsWith(`${options.origin}/`)) {
    // Path checks in client.ts keep this from happening; it is the last guard for the key.
    throw new ConfigurationError(
      `Refusing to send ${method} ${safeUrl(request.url)}: it is not on the configured origin ${options.origin}.`,
    );
  }
  if ((method === "GET" || method === "HEAD") && request.body !== null && request.body !== undefined) {
    throw new ConfigurationError(
      `${method} ${safeUrl(request.url)}: a ${method} request cannot have a body; send the values as query parameters.`,
    );
  }
  const retryable = isRetryableMethod(method, request.headers.has(options.idempotencyHeader));
  const maxRetries = retryable ? options.maxRetries : 0;
  const { body, headers } = await replayable(request, options, signal);
  const hop = { method, url: request.url, body };

  for (let number = 1; ; number++) {
    if (signal?.aborted) throw abortError(signal);
    const event = { method, url: request.url, attempt: number };
    safely(options.hooks, "onRequest", event);
    const started = Date.now();
    let response: Response;
    try {
      response = await attempt(hop, headers, options, signal);
    } catch (error) {
      if (error === ABORTED || signal?.aborted) throw abortError(signal!);
      if (error instanceof SdkError) throw error; // a refused redirect, a fetch that answers nonsense: never retried
      const typed =
        error === TIMEOUT
          ? new TimeoutError(`${method} ${safeUrl(request.url)} timed out after ${options.timeout} ms`)
          : connectionError(error, method, request.url);
      if (number > maxRetries) throw typed;
      await wait(backoffDelay(number - 1, options.random), typed.name, event, options, signal);
      continue;
    }
    safely(options.hooks, "onResponse", { ...event, status: response.status, durationMs: Date.now() - started });
    if (number > maxRetries || !isRetryableStatus(response.status)) return response;
    const body =
      response.status === 429 && options.retryAfterFromBody ? await response.json().catch(() => undefined) : undefined;
    const ms = serverDelay(response, body, options.retryAfterFromBody);
    const delay = ms === undefined ? backoffDelay(number - 1, options.random) : Math.min(ms, options.maxRetryAfter);
    await wait(delay, String(response.status), event, options, signal);
  }
}

/**
 * The body in a form every attempt can send again, with the same bytes: a string as it is,
 * anything else (a stream, FormData, a Blob) read once into memory. FormData gets the
 * multipart content type, boundary included, that reading it produced.
 */
async function replayable(
  request: OutgoingRequest,
  options: TransportOptions,
  signal: AbortSignal | null,
): Promise<{ body: string | Uint8Array<ArrayBuffer> | undefined; headers: Headers }> {
  const { body, headers } = request;
  if (body === null || body === undefined || typeof body === "string") return { body: body ?? undefined, headers };
  const read = new Response(body);
  const type = read.headers.get("content-type");
  // A body given as a stream is read under the first attempt's deadline and the caller's signal,
  // through a reader of our own, so that a timeout or an abort also stops pulling from it.
  const reader = read.body!.getReader();
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await withDeadline(readAll(reader), options.timeout, signal, () => reader.cancel().catch(() => undefined));
  } catch (error) {
    if (error === ABORTED) throw abortError(signal!);
    if (error === TIMEOUT)
      throw new TimeoutError(
        `${request.method} ${safeUrl(request.url)}: reading the request body took longer than ${options.timeout} ms`,
      );
    throw new ConfigurationError(
      `${request.method} ${safeUrl(request.url)}: the request body could not be read: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  if (type === null || headers.has("content-type")) return { body: bytes, headers };
  const withType = new Headers(headers);
  withType.set("content-type", type);
  return { body: bytes, headers: withType };
}

async function wait(
  delayMs: number,
  reason: string,
  event: { method: string; url: string; attempt: number },
  options: TransportOptions,
  signal: AbortSignal | null,
) {
  safely(options.hooks, "onRetry", { ...event, delayMs, reason });
  // The wait is a deadline over work that never ends: it is over at TIMEOUT, or at once with ABORTED.
  await withDeadline(new Promise<never>(() => {}), delayMs, signal).catch((why) => {
    if (why === ABORTED) throw abortError(signal!);
  });
}

function connectionError(error: unknown, method: string, url: string): ConnectionError {
  const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause : error) : undefined;
  const detail = cause ? `: ${cause.message}` : "";
  return new ConnectionError(`${method} ${safeUrl(url)}: the connection failed${detail}`, { cause });
}
