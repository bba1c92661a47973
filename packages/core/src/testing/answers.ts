/**
 * What a fake answers: a reply (status, body, headers) or a fault (a dropped
 * connection, a request that never answers, a delay), and the spec's examples
 * that fill in a reply whose body is left out.
 */
import { deref, type OpenApiDocument, type Operation } from "./spec.js";
import { isJson } from "./validate.js";

const BRAND: unique symbol = Symbol.for("@voiceapis/core/testing.answer") as any;

/** An answer with a status: a success, an error, a 429 or a 5xx. Made by `reply`, `fake.error` and `fake.fault`. */
export class Reply<Body = unknown> {
  readonly [BRAND] = "reply" as const;
  constructor(
    readonly status: number,
    /** `undefined`: the spec's example for this status. */
    readonly body?: Body,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** A failure below HTTP, or a wait before an answer. Made by `fake.fault`. */
export class Fault {
  readonly [BRAND] = "fault" as const;
  constructor(
    readonly kind: "reset" | "hang" | "delay",
    readonly ms = 0,
    /** What a delay answers with afterwards (default: the operation's usual answer). */
    readonly then?: unknown,
  ) {}
}

/** The first 2xx status an operation documents (the status of a bare body returned by a handler). */
export function successStatus(operation: Operation): number {
  const statuses = Object.keys(operation.responses)
    .filter((s) => /^2\d\d$/.test(s))
    .map(Number)
    .sort((a, b) => a - b);
  return statuses[0] ?? 200;
}

/** A response's first media type and its first example (named `examples`, then `example`, then the schema's). */
function exampleOf(doc: OpenApiDocument, response: Record<string, any> | undefined) {
  const [type, media] = Object.entries<any>(response?.content ?? {})[0] ?? [];
  if (!type) return undefined;
  const named = Object.values<any>(media?.examples ?? {})[0];
  if (named) return { type, body: deref(doc, named, "").value?.value };
  if (media?.example !== undefined) return { type, body: media.example };
  const schema = media?.schema ? deref(doc, media.schema, "").value : undefined;
  if (schema?.example !== undefined) return { type, body: schema.example };
  if (Array.isArray(schema?.examples) && schema.examples.length) return { type, body: schema.examples[0] };
  return { type, body: undefined };
}

/** The documented response of a status: exact, then `4XX`, then `default`. */
function documented(operation: Operation, status: number) {
  const { responses } = operation;
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
}

/**
 * The body and media type for `status` when a reply leaves the body out: the operation's own
 * example, else the example any other operation documents for that status (a shared error body).
 */
export function defaultBody(doc: OpenApiDocument, operations: Operation[], operation: Operation, status: number) {
  const own = exampleOf(doc, documented(operation, status));
  if (own?.body !== undefined || status < 400) return own;
  for (const other of operations) {
    const found = exampleOf(doc, other.responses[String(status)]);
    if (found?.body !== undefined) return found;
  }
  return own;
}

const NO_BODY = new Set([204, 205, 304]);

/** A Response for a reply, JSON unless the media type is text. */
export function toResponse(
  status: number,
  body: unknown,
  type: string | undefined,
  headers: Record<string, string>,
  method: string,
): Response {
  const out = new Headers(headers);
  if (body === undefined || NO_BODY.has(status) || method === "HEAD")
    return new Response(null, { status, headers: out });
  if (typeof body === "string" && type && !isJson(type)) {
    if (!out.has("content-type")) out.set("content-type", type);
    return new Response(body, { status, headers: out });
  }
  if (!out.has("content-type")) out.set("content-type", type && isJson(type) ? type : "application/json");
  return new Response(JSON.stringify(body), { status, headers: out });
}

/** Resolves after `ms`, or rejects when the request is aborted (the client's timeout or signal). */
export function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = ms === Number.POSITIVE_INFINITY ? undefined : setTimeout(done, ms);
    signal?.addEventListener("abort", abort, { once: true });
    function done() {
      signal?.removeEventListener("abort", abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
  });
}

/** What a fetch rejects with when the connection drops: a TypeError, as fetch in Node, Bun and Deno. */
export function connectionReset(): TypeError {
  const cause = Object.assign(new Error("read ECONNRESET (a fault of the test fake)"), { code: "ECONNRESET" });
  return new TypeError("fetch failed", { cause });
}
