/**
 * The fetch every client sends through: per-attempt timeouts, the caller's
 * AbortSignal, and retries with backoff that honour `Retry-After`.
 */
import { AbortError, ConnectionError, safeUrl, TimeoutError } from "./errors.js";
import type { Hooks } from "./hooks.js";
import { backoffDelay, isRetryableMethod, isRetryableStatus, retryAfterFromHeaders, sleep } from "./retry.js";

export type FetchLike = (input: Request) => Promise<Response>;

export interface TransportOptions {
  fetch: FetchLike;
  /** Retries after the first attempt; 0 turns retries off. */
  maxRetries: number;
  /** Per-attempt timeout in milliseconds, until the response headers arrive. */
  timeout: number;
  /** The longest wait a `Retry-After` may impose, in milliseconds. */
  maxRetryAfter: number;
  /** The header whose presence makes POST and PATCH safe to retry. */
  idempotencyHeader: string;
  /** Reads a wait (seconds) from a parsed 429 body, for vendors that put it there. */
  retryAfterFromBody?: (body: unknown) => number | undefined;
  hooks?: Hooks;
  random?: () => number;
}

const TIMEOUT = Symbol("timeout");

/** Sends `request`, retrying by the policy in retry.ts. Resolves with the last response. */
export async function send(request: Request, options: TransportOptions): Promise<Response> {
  const method = request.method;
  const signal = request.signal;
  const retryable = isRetryableMethod(method, request.headers.has(options.idempotencyHeader));
  const maxRetries = retryable ? options.maxRetries : 0;
  // Read the body once so that every attempt sends the same bytes.
  const body = request.body === null ? undefined : await request.arrayBuffer();

  for (let attempt = 1; ; attempt++) {
    if (signal.aborted) throw abortError(signal);
    const event = { method, url: request.url, attempt };
    options.hooks?.onRequest?.(event);
    const started = Date.now();
    let response: Response;
    try {
      response = await attemptOnce(request, body, options);
    } catch (error) {
      if (signal.aborted) throw abortError(signal);
      const typed = error === TIMEOUT ? new TimeoutError(`${method} ${safeUrl(request.url)} timed out after ${options.timeout} ms`) : connectionError(error);
      if (attempt > maxRetries) throw typed;
      await wait(backoffDelay(attempt - 1, options.random), typed.name, event, options, signal);
      continue;
    }
    options.hooks?.onResponse?.({ ...event, status: response.status, durationMs: Date.now() - started });
    if (attempt > maxRetries || !isRetryableStatus(response.status)) return response;
    const delay = (await serverDelay(response, options)) ?? backoffDelay(attempt - 1, options.random);
    await response.body?.cancel().catch(() => undefined);
    await wait(delay, String(response.status), event, options, signal);
  }
}

async function attemptOnce(request: Request, body: ArrayBuffer | undefined, options: TransportOptions): Promise<Response> {
  const controller = new AbortController();
  const outer = request.signal;
  const onAbort = () => controller.abort(outer.reason);
  outer.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(TIMEOUT), options.timeout);
  try {
    const init: RequestInit = { signal: controller.signal };
    if (body !== undefined) init.body = body;
    const attempt = new Request(request, init);
    // Node's fetch follows a Request's signal through a weak reference: unless this Request stays
    // reachable from the controller, a garbage collection mid-attempt silently disables the timeout and aborts.
    controller.signal.addEventListener("abort", () => attempt, { once: true });
    return await options.fetch(attempt);
  } catch (error) {
    outer.removeEventListener("abort", onAbort);
    throw controller.signal.reason === TIMEOUT && !outer.aborted ? TIMEOUT : error;
  } finally {
    clearTimeout(timer);
    // On success the caller's signal stays linked, so that aborting it also stops the body download.
  }
}

/** The wait a response asks for (headers, then the vendor's body field), capped. */
async function serverDelay(response: Response, options: TransportOptions): Promise<number | undefined> {
  let ms = retryAfterFromHeaders(response.headers);
  if (ms === undefined && response.status === 429 && options.retryAfterFromBody) {
    const seconds = options.retryAfterFromBody(await response.clone().json().catch(() => undefined));
    if (seconds !== undefined && Number.isFinite(seconds) && seconds >= 0) ms = seconds * 1000;
  }
  return ms === undefined ? undefined : Math.min(ms, options.maxRetryAfter);
}

async function wait(delayMs: number, reason: string, event: { method: string; url: string; attempt: number }, options: TransportOptions, signal: AbortSignal) {
  options.hooks?.onRetry?.({ ...event, delayMs, reason });
  try {
    await sleep(delayMs, signal);
  } catch {
    throw abortError(signal);
  }
}

/** The typed error for a request the caller aborted. */
export function abortError(signal: AbortSignal): AbortError {
  const reason = signal.reason instanceof Error ? `: ${signal.reason.message}` : "";
  return new AbortError(`The request was aborted${reason}`);
}

function connectionError(error: unknown): ConnectionError {
  const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause : error) : undefined;
  const detail = cause ? `: ${cause.message}` : "";
  return new ConnectionError(`Could not reach the server${detail}`, { cause });
}
