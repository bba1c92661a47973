/**
 * vox.ai call-data webhooks: the payload types (from the spec's `webhooks`
 * section) and `parseWebhook`, which reads an incoming body and narrows it by
 * format version (`v2`, or the legacy `v1` without `webhook_version`) and by
 * `event`. An unknown shape throws a {@link WebhookParseError}.
 *
 * vox.ai documents no webhook signature, so nothing here verifies one: check
 * the sender some other way (a secret path, an allow-list, a TLS proxy).
 * Only the fields that decide the event are checked, not the whole payload.
 */
import { SdkError } from "@voiceapis/core";
import type { webhooks } from "./generated/schema.js";

type WebhookKey = keyof webhooks & string;

/** The two payload formats: `v2` (current) and the legacy `v1`. */
export type VoxaiWebhookVersion = { [K in WebhookKey]: K extends `${infer V}.${string}` ? V : never }[WebhookKey];

/** The event names of one format (of both when `V` is left out). */
export type VoxaiWebhookEventName<V extends VoxaiWebhookVersion = VoxaiWebhookVersion> = {
  [K in WebhookKey]: K extends `${V}.${infer E}` ? E : never;
}[WebhookKey];

/** The payload of one event in one format, as the spec describes it. */
export type VoxaiWebhookPayload<
  V extends VoxaiWebhookVersion,
  E extends VoxaiWebhookEventName<V>,
> = webhooks[`${V}.${E}` & WebhookKey]["post"]["requestBody"]["content"]["application/json"];

/**
 * A parsed webhook: its format, its event and the typed payload. Narrow it
 * with `version` and `event` together.
 */
export type VoxaiWebhook = {
  [K in WebhookKey]: K extends `${infer V extends VoxaiWebhookVersion}.${infer E}`
    ? { version: V; event: E; payload: webhooks[K]["post"]["requestBody"]["content"]["application/json"] }
    : never;
}[WebhookKey];

/** Why a payload was rejected, for programs; the message says it for people. */
export type WebhookParseFailure =
  | "invalid_json"
  | "not_an_object"
  | "unknown_version"
  | "unknown_event"
  | "invalid_field";

/** An incoming body is not a vox.ai webhook this version knows. The message never quotes the body. */
export class WebhookParseError extends SdkError {
  override name = "WebhookParseError";
  readonly reason: WebhookParseFailure;

  constructor(reason: WebhookParseFailure, message: string) {
    super(message);
    this.reason = reason;
  }
}

/**
 * Where each event keeps its subject: a `call` with a `call_id`, the `sms`
 * object, or (v1 `mid_call`) the `mid_call` object. The `Record` over the
 * spec's keys makes the compiler keep this table in step with the spec.
 */
const SUBJECT: Record<WebhookKey, "call" | "sms" | "mid_call"> = {
  "v2.call_started": "call",
  "v2.mid_call": "call",
  "v2.call_ended": "call",
  "v2.call_analyzed": "call",
  "v2.sms_received": "sms",
  "v1.call_started": "call",
  "v1.mid_call": "mid_call",
  "v1.call_ended": "call",
};

/**
 * Parses a vox.ai call-data webhook and returns `{ version, event, payload }`.
 *
 * `body` is the request body as text or bytes, or the value a framework has
 * already parsed from JSON. A payload with `webhook_version: "v2"` is read as
 * v2; one without `webhook_version` as the legacy v1 format.
 *
 * @throws {WebhookParseError} when the body is not JSON, not an object, has an
 *   unknown `webhook_version` or `event`, or lacks the object the event
 *   carries (`call` with a string `call_id`, `sms`, or v1's `mid_call`).
 */
export function parseWebhook(body: unknown): VoxaiWebhook {
  const payload = toObject(body);
  const version = versionOf(payload);
  const event = payload.event;
  if (typeof event !== "string") {
    throw new WebhookParseError("unknown_event", "The webhook payload has no `event` string.");
  }
  const key = `${version}.${event}`;
  if (!Object.hasOwn(SUBJECT, key)) throw unknownEvent(version, event);
  checkSubject(payload, SUBJECT[key as WebhookKey], key);
  return { version, event, payload } as VoxaiWebhook;
}

function toObject(body: unknown): Record<string, unknown> {
  let value = body;
  if (body instanceof Uint8Array) {
    try {
      value = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      throw new WebhookParseError("invalid_json", "The webhook body is not valid UTF-8.");
    }
  }
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      throw new WebhookParseError("invalid_json", "The webhook body is not valid JSON.");
    }
  }
  if (!isObject(value)) {
    throw new WebhookParseError("not_an_object", `The webhook payload must be a JSON object; got ${describe(value)}.`);
  }
  return value;
}

function versionOf(payload: Record<string, unknown>): VoxaiWebhookVersion {
  const version = payload.webhook_version;
  if (version === undefined) return "v1";
  if (version === "v2") return "v2";
  const shown = typeof version === "string" ? JSON.stringify(version.slice(0, 20)) : describe(version);
  throw new WebhookParseError(
    "unknown_version",
    `Unknown webhook_version ${shown}; this version knows "v2", and the legacy v1 format, which has no webhook_version.`,
  );
}

function unknownEvent(version: VoxaiWebhookVersion, event: string): WebhookParseError {
  const known = (Object.keys(SUBJECT) as WebhookKey[])
    .filter((key) => key.startsWith(`${version}.`))
    .map((key) => key.slice(3));
  const other = version === "v1" ? "v2" : "v1";
  const hint = Object.hasOwn(SUBJECT, `${other}.${event}`) ? ` It exists only in the ${other} format.` : "";
  return new WebhookParseError(
    "unknown_event",
    `Unknown ${version} webhook event ${JSON.stringify(event.slice(0, 100))}; the ${version} events are ${known.join(", ")}.${hint}`,
  );
}

function checkSubject(payload: Record<string, unknown>, subject: "call" | "sms" | "mid_call", key: string): void {
  if (!isObject(payload[subject])) {
    throw new WebhookParseError(
      "invalid_field",
      `A ${key} webhook must carry a \`${subject}\` object; got ${describe(payload[subject])}.`,
    );
  }
  // v1 mid_call may also carry the call; when it does, it must look like one.
  const call = payload.call;
  if (subject === "call" || call !== undefined) {
    if (!isObject(call))
      throw new WebhookParseError(
        "invalid_field",
        `The \`call\` of a ${key} webhook must be an object; got ${describe(call)}.`,
      );
    if (typeof call.call_id !== "string") {
      throw new WebhookParseError(
        "invalid_field",
        `The \`call.call_id\` of a ${key} webhook must be a string; got ${describe(call.call_id)}.`,
      );
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The kind of a value, for messages; never the value itself, which may hold personal data. */
function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
