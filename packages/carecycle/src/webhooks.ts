/**
 * Webhook verification. CareCycle delivers events through Svix, which follows
 * the Standard Webhooks scheme: `svix-id`, `svix-timestamp` and `svix-signature`
 * headers, and a `v1,` HMAC-SHA256 over `${id}.${timestamp}.${rawBody}` made with
 * the endpoint's `whsec_` secret. `verifyWebhook` checks all of that and returns
 * the typed event, or throws a {@link WebhookVerificationError} that says what
 * was wrong.
 *
 * The HMAC and the base64 come from the `standardwebhooks` library (plain
 * JavaScript, no Node built-ins), so this runs in browsers, Deno, Bun and edge
 * runtimes as well as Node. The timestamp window is checked here rather than by
 * the library's `verify`, whose window is fixed at five minutes of the real clock.
 */
import { SdkError } from "@voiceapis/core";
import { Webhook } from "standardwebhooks";
import type { webhooks } from "./generated/schema.js";

/** The event types CareCycle sends, from the spec's `webhooks` section. */
export type CarecycleWebhookEventType = keyof webhooks & string;

/** The payload of one event type, as documented in the spec. */
export type CarecycleWebhookPayload<T extends CarecycleWebhookEventType> =
  webhooks[T]["post"]["requestBody"]["content"]["application/json"];

/** Any CareCycle webhook payload; narrow it with `event.event_type`. */
export type CarecycleWebhookEvent = {
  [T in CarecycleWebhookEventType]: CarecycleWebhookPayload<T>;
}[CarecycleWebhookEventType];

/** What the headers argument may be: a fetch `Headers`, or a plain object such as Node's `req.headers`. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** How far the `svix-timestamp` may lie from `now`, either way, in seconds (default 300). */
  toleranceSeconds?: number | undefined;
  /** The time to check the timestamp against (default: the current time). */
  now?: Date | undefined;
}

/** Why a delivery was rejected, for programs; the message says it for people. */
export type WebhookVerificationFailure =
  | "invalid_secret"
  | "missing_header"
  | "invalid_timestamp"
  | "timestamp_too_old"
  | "timestamp_too_new"
  | "invalid_signature"
  | "invalid_body"
  | "unknown_event_type";

/** A webhook delivery did not verify. The message never contains the secret. */
export class WebhookVerificationError extends SdkError {
  override name = "WebhookVerificationError";
  readonly reason: WebhookVerificationFailure;

  constructor(reason: WebhookVerificationFailure, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** Every event type this version knows; the `Record` makes the compiler keep it in step with the spec. */
const EVENT_TYPES: Record<CarecycleWebhookEventType, true> = {
  "customer.created": true,
  "customer.updated": true,
  "call.completed": true,
};

const SECRET_PREFIX = "whsec_";
const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

/**
 * Verifies a CareCycle webhook delivery and returns its typed payload.
 *
 * Pass the body exactly as received (`await request.text()`, or the raw bytes):
 * the signature covers those bytes, so a body parsed and serialized again fails.
 * The `svix-*` headers are read, and the Standard Webhooks `webhook-*` names
 * are accepted too.
 *
 * @throws {WebhookVerificationError} when the secret is malformed, a header is
 *   missing, the timestamp is outside the tolerance, no signature matches, the
 *   body is not JSON, or its `event_type` is not one CareCycle documents.
 */
export function verifyWebhook(
  rawBody: string | Uint8Array,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyWebhookOptions = {},
): CarecycleWebhookEvent {
  const signer = signerFor(secret);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new SdkError(`The \`toleranceSeconds\` option must be a number ≥ 0; got ${String(tolerance)}.`);
  }
  const body = bodyText(rawBody);

  const id = header(headers, "id");
  const timestamp = header(headers, "timestamp");
  const signatures = header(headers, "signature");
  if (id === undefined || timestamp === undefined || signatures === undefined) {
    throw missingHeaders({ id, timestamp, signature: signatures });
  }

  const sentAt = checkTimestamp(timestamp, tolerance, options.now ?? new Date());
  const expected = signer.sign(id, new Date(sentAt * 1000), body).slice("v1,".length);
  const offered = v1Signatures(signatures);
  if (offered.length === 0) {
    throw new WebhookVerificationError("invalid_signature", "The svix-signature header holds no `v1,` signature.");
  }
  if (!offered.some((signature) => sameString(signature, expected))) {
    throw new WebhookVerificationError(
      "invalid_signature",
      "The webhook signature does not match. Check that the secret is this endpoint's and that the body is the raw request body, unparsed and unchanged.",
    );
  }

  return eventFrom(body);
}

function signerFor(secret: string): Webhook {
  if (typeof secret !== "string" || !secret.startsWith(SECRET_PREFIX)) {
    throw new WebhookVerificationError(
      "invalid_secret",
      "The webhook signing secret must start with `whsec_`. Copy it from the endpoint's page in the CareCycle dashboard (Developer Settings, Webhooks).",
    );
  }
  try {
    return new Webhook(secret);
  } catch {
    throw new WebhookVerificationError(
      "invalid_secret",
      "The webhook signing secret is malformed: after `whsec_` it must be non-empty base64.",
    );
  }
}

function missingHeaders(values: Record<string, string | undefined>): WebhookVerificationError {
  const missing = Object.keys(values).filter((name) => values[name] === undefined);
  const names = missing.map((name) => `svix-${name} (or webhook-${name})`).join(", ");
  const plural = missing.length > 1 ? "s" : "";
  return new WebhookVerificationError(
    "missing_header",
    `The webhook request lacks the ${names} header${plural}. Pass the request's headers unchanged.`,
  );
}

function bodyText(rawBody: unknown): string {
  if (typeof rawBody === "string") return rawBody;
  if (rawBody instanceof Uint8Array) {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(rawBody);
    } catch {
      throw new WebhookVerificationError("invalid_body", "The webhook body is not valid UTF-8.");
    }
  }
  throw new WebhookVerificationError(
    "invalid_body",
    "Pass the raw webhook body as a string or bytes, not parsed JSON: the signature covers the exact bytes received.",
  );
}

/** The `svix-<name>` header, else `webhook-<name>`; several values are joined with a space. */
function header(headers: WebhookHeaders, name: string): string | undefined {
  for (const full of [`svix-${name}`, `webhook-${name}`]) {
    const value = readHeader(headers, full)?.trim();
    if (value) return value;
  }
  return undefined;
}

function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() === name && value !== undefined) return Array.isArray(value) ? value.join(" ") : value;
  }
  return undefined;
}

/** Parses the Unix-seconds timestamp and checks it lies within `tolerance` of `now`. */
function checkTimestamp(value: string, tolerance: number, now: Date): number {
  if (!/^\d{1,15}$/.test(value)) {
    throw new WebhookVerificationError(
      "invalid_timestamp",
      "The svix-timestamp header must be a Unix time in whole seconds.",
    );
  }
  const sentAt = Number(value);
  const current = Math.floor(now.getTime() / 1000);
  if (current - sentAt > tolerance) {
    throw new WebhookVerificationError(
      "timestamp_too_old",
      `The webhook timestamp is ${current - sentAt} s old, more than the ${tolerance} s tolerance; the delivery may be a replay.`,
    );
  }
  if (sentAt - current > tolerance) {
    throw new WebhookVerificationError(
      "timestamp_too_new",
      `The webhook timestamp is ${sentAt - current} s in the future, more than the ${tolerance} s tolerance; check this server's clock.`,
    );
  }
  return sentAt;
}

/** The base64 parts of the space-separated `v1,<signature>` entries; other versions are ignored. */
function v1Signatures(value: string): string[] {
  return value
    .split(/\s+/)
    .map((entry) => entry.replace(/,$/, ""))
    .filter((entry) => entry.startsWith("v1,"))
    .map((entry) => entry.slice("v1,".length));
}

/** Compares in time that depends only on the length, so a forger learns nothing from timing. */
function sameString(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

function eventFrom(body: string): CarecycleWebhookEvent {
  let event: unknown;
  try {
    event = JSON.parse(body);
  } catch {
    throw new WebhookVerificationError("invalid_body", "The webhook body is not valid JSON.");
  }
  if (typeof event !== "object" || event === null || Array.isArray(event)) {
    throw new WebhookVerificationError("invalid_body", "The webhook body is not a JSON object.");
  }
  const type = (event as { event_type?: unknown }).event_type;
  if (typeof type !== "string") {
    throw new WebhookVerificationError("unknown_event_type", "The webhook body has no `event_type` string.");
  }
  if (!Object.hasOwn(EVENT_TYPES, type)) {
    const known = Object.keys(EVENT_TYPES).join(", ");
    throw new WebhookVerificationError(
      "unknown_event_type",
      `Unknown webhook event type ${JSON.stringify(type.slice(0, 100))}; this version knows ${known}.`,
    );
  }
  return event as CarecycleWebhookEvent;
}
