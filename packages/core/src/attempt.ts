/**
 * One attempt of a request: the fetch, the redirects the policy follows (redirect.ts), and
 * the whole response body, all within one deadline (`timeout`) and stopped at once by the
 * caller's AbortSignal. The body is read here, so a server that sends headers and then
 * stalls, drips or cuts the body fails the attempt (and may be retried), instead of leaving
 * the call pending.
 *
 * The attempt settles by a race against its deadline, so it ends on time even with a `fetch`
 * that ignores abort signals. On timeout or abort it also aborts the fetch and cancels the
 * body, which frees the connection.
 */
import { BufferedResponse } from "./buffered-response.js";
import { ConfigurationError, RedirectError, typeName } from "./errors.js";
import { nextHop, type Hop } from "./redirect.js";

export type FetchLike = (input: Request) => Promise<Response>;

/** Why an attempt was stopped from outside. */
export const TIMEOUT = Symbol("timeout");
export const ABORTED = Symbol("aborted");

export interface AttemptOptions {
  /** The caller's fetch, given a Request; absent, the global fetch is called with a URL and init (one Request fewer). */
  fetch?: FetchLike;
  /** Deadline of the whole attempt in milliseconds: request, redirects, headers and body. */
  timeout: number;
  /** The configured origin: redirects elsewhere are refused. */
  origin: string;
}

/** What the timer and the caller's signal need to stop an attempt. */
interface Inflight {
  controller: AbortController;
  /**
   * The request being fetched, when the caller's fetch is given one. Node's fetch follows a
   * Request's signal through a weak reference, so the Request is held here, from the timer,
   * until the attempt settles; nothing here points back from the signal, so it is collected
   * right after.
   */
  request?: Request;
  reader?: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>;
}

const noop = () => undefined;

/**
 * Sends one attempt. Resolves with a Response whose body is fully read (re-wrapped in memory);
 * rejects with TIMEOUT, ABORTED, an SdkError (a refused redirect, a fetch that answers
 * nonsense), or the fetch's own error.
 */
export function attempt(
  hop: Hop,
  headers: Headers,
  options: AttemptOptions,
  signal: AbortSignal | null,
): Promise<Response> {
  if (signal?.aborted) return Promise.reject(ABORTED);
  const inflight: Inflight = { controller: new AbortController() };
  return withDeadline(run(hop, headers, options, inflight), options.timeout, signal, (why) => {
    inflight.controller.abort(why === TIMEOUT ? new Error("timeout") : signal?.reason);
    inflight.reader?.cancel().catch(noop);
  });
}

/**
 * Settles as `work` does, or rejects with TIMEOUT after `timeout` ms, or with ABORTED as soon
 * as `signal` aborts, whichever comes first; `onStop` then runs, to stop the work. The timer
 * and the listener are gone once it settles.
 */
export function withDeadline<T>(
  work: Promise<T>,
  timeout: number,
  signal: AbortSignal | null,
  onStop?: (why: typeof TIMEOUT | typeof ABORTED) => void,
): Promise<T> {
  work.catch(noop); // it may still reject after the deadline has decided the race
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    const stop = (why: typeof TIMEOUT | typeof ABORTED) => {
      onStop?.(why);
      reject(why);
    };
    if (signal?.aborted) return stop(ABORTED);
    timer = setTimeout(stop, timeout, TIMEOUT);
    if (signal) {
      onAbort = () => stop(ABORTED);
      signal.addEventListener("abort", onAbort, { once: true });
    }
  });
  return Promise.race([work, stopped]).finally(() => {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  });
}

async function run(first: Hop, headers: Headers, options: AttemptOptions, inflight: Inflight): Promise<Response> {
  let hop = first;
  for (let hops = 0; ; hops++) {
    const init: RequestInit = {
      method: hop.method,
      // A hop that dropped the body (303, or 301/302 after a POST) drops its content headers too.
      headers: hop.body === undefined && first.body !== undefined ? withoutContentHeaders(headers) : headers,
      // A copy per hop: a body buffer handed to fetch may be transferred (detached) by it.
      body: typeof hop.body === "string" || hop.body === undefined ? hop.body : hop.body.slice(),
      signal: inflight.controller.signal,
      redirect: "manual",
    };
    let response: Response;
    if (options.fetch) response = await options.fetch((inflight.request = new Request(hop.url, init)));
    else response = await globalThis.fetch(hop.url, init);
    if (typeof response?.status !== "number" || typeof response.headers?.get !== "function") {
      throw new ConfigurationError(
        `The \`fetch\` option must resolve to a Response; it resolved to ${typeName(response)}.`,
      );
    }
    if (inflight.controller.signal.aborted) {
      // A fetch that ignored the signal answered after the deadline or the abort: drop the answer, free the connection.
      await response.body?.cancel().catch(noop);
      throw inflight.controller.signal.reason;
    }
    if (response.redirected || (response.url && !response.url.startsWith(`${options.origin}/`))) {
      // A custom fetch that followed a redirect itself: the request may have gone elsewhere, key included.
      await response.body?.cancel().catch(noop);
      const where = response.url ? new URL(response.url).origin : "another URL";
      throw new RedirectError(
        `${hop.method} ${new URL(hop.url).pathname}: the \`fetch\` option followed a redirect to ${where} by itself; it must keep the request's \`redirect: "manual"\`, so that the client can keep the key on ${options.origin}.`,
        response.url ? where : undefined,
      );
    }
    const next = nextHop(response, hop, options.origin, hops);
    if (next === undefined) {
      if (response.type === "error") throw new TypeError("the fetch answered with a network error");
      if (response.status < 200 || response.status > 599) {
        if (!options.fetch)
          throw new TypeError(`the server answered with status ${response.status}, which HTTP does not allow`);
        throw new ConfigurationError(
          `The \`fetch\` option resolved to a Response with status ${response.status}, which no server sends.`,
        );
      }
      return readWhole(response, hop.url, inflight, hops > 0);
    }
    await response.body?.cancel().catch(noop);
    hop = next;
  }
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function withoutContentHeaders(headers: Headers): Headers {
  const copy = new Headers(headers);
  for (const name of ["content-type", "content-length", "content-encoding", "content-language", "content-location"])
    copy.delete(name);
  return copy;
}

/** The start of an answer's body as text, for messages (it reads nothing: the bytes are in memory). */
export function bodyStart(response: Response, length = 1_000): string {
  return response instanceof BufferedResponse ? response.excerpt(length) : "";
}

/** Reads the whole body, and answers with the same status, headers and url over the bytes in memory. */
async function readWhole(response: Response, url: string, inflight: Inflight, redirected: boolean): Promise<Response> {
  let bytes = EMPTY;
  if (response.body && !NULL_BODY_STATUSES.has(response.status)) {
    inflight.reader = response.body.getReader();
    bytes = await readAll(inflight.reader);
  }
  // A Response made in memory has no url of its own; keep the one the answer came from (after redirects).
  return new BufferedResponse(
    bytes,
    { status: response.status, statusText: response.statusText, headers: response.headers },
    response.url || url,
    redirected,
  );
}

const EMPTY = new Uint8Array(0);

/** Reads a stream to its end, into one array of bytes (request and response bodies alike). */
export async function readAll(
  reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return chunks.length === 1 ? chunks[0]! : new Uint8Array(await new Blob(chunks).arrayBuffer());
}
