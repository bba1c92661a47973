/**
 * Unit tests of verifyWebhook. Signatures are computed here with node:crypto,
 * independently of the `standardwebhooks` library the code uses; the payloads
 * are the examples of the spec's `webhooks` section.
 */
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { Webhook } from "standardwebhooks";
import { describe, expect, expectTypeOf, it } from "vitest";
import { parse } from "yaml";
import { SdkError } from "@voiceapis/core";
import {
  type CarecycleWebhookEvent,
  verifyWebhook,
  WebhookVerificationError,
  type WebhookVerificationFailure,
} from "../src/webhooks.js";

const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const otherSecret = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
const now = new Date("2026-06-17T19:07:30Z");
const timestamp = String(Math.floor(now.getTime() / 1000) - 7);
const id = "msg_2yQvP8dX3cVn6TzKbW1rLh5sE0a";

const spec = parse(readFileSync(new URL("../src/generated/openapi.yaml", import.meta.url), "utf8"));
/** The spec's first example payload of an event type, as the raw body CareCycle would send. */
function exampleBody(type: string): string {
  const examples = spec.webhooks[type].post.requestBody.content["application/json"].examples;
  return JSON.stringify(Object.values<{ value: unknown }>(examples)[0]!.value);
}

/** `v1,` + base64(HMAC-SHA256(secret bytes, `${id}.${timestamp}.${body}`)), the Standard Webhooks signature. */
function sign(body: string, { key = secret, msgId = id, ts = timestamp } = {}): string {
  const bytes = Buffer.from(key.slice("whsec_".length), "base64");
  return `v1,${createHmac("sha256", bytes).update(`${msgId}.${ts}.${body}`).digest("base64")}`;
}

function svixHeaders(body: string, overrides: Record<string, string | undefined> = {}) {
  return { "svix-id": id, "svix-timestamp": timestamp, "svix-signature": sign(body), ...overrides };
}

/** Runs `verify` and returns the WebhookVerificationError it throws. */
function failure(verify: () => unknown): WebhookVerificationError {
  try {
    verify();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toBeInstanceOf(SdkError);
    expect((error as Error).message).not.toContain(secret.slice("whsec_".length));
    return error as WebhookVerificationError;
  }
  throw new Error("verifyWebhook did not throw");
}

function expectFailure(verify: () => unknown, reason: WebhookVerificationFailure, message: RegExp) {
  const error = failure(verify);
  expect(error.reason).toBe(reason);
  expect(error.message).toMatch(message);
}

describe("verifyWebhook accepts genuine deliveries", () => {
  it("returns the typed customer.created event", () => {
    const body = exampleBody("customer.created");
    const event = verifyWebhook(body, svixHeaders(body), secret, { now });
    expectTypeOf(event).toEqualTypeOf<CarecycleWebhookEvent>();
    expect(event.event_type).toBe("customer.created");
    if (event.event_type !== "customer.created") throw new Error("unreachable");
    expect(event.firstName).toBe("Marcus");
    expect(event.phoneNumber).toBe("+13128471928");
  });

  it("reads a fetch Headers object, bytes, and the webhook-* header names", () => {
    const body = exampleBody("call.completed");
    const headers = new Headers({ "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": sign(body) });
    const event = verifyWebhook(new TextEncoder().encode(body), headers, secret, { now });
    if (event.event_type !== "call.completed") throw new Error(`got ${event.event_type}`);
    expect(event.durationMs).toBe(184250);
    expect(event.disposition).toBe("Transferred");
  });

  it("reads Node-style headers with any case and several signatures (secret rotation)", () => {
    const body = exampleBody("customer.updated");
    const headers = {
      "SVIX-ID": id,
      "Svix-Timestamp": timestamp,
      "svix-signature": [sign(body, { key: otherSecret }), `v2,ignored ${sign(body)}`],
      "content-type": undefined,
    };
    const event = verifyWebhook(body, headers, secret, { now });
    expect(event.event_type).toBe("customer.updated");
  });

  it("matches the signature of the standardwebhooks library itself", () => {
    const body = exampleBody("customer.created");
    expect(new Webhook(secret).sign(id, new Date(Number(timestamp) * 1000), body)).toBe(sign(body));
  });

  it("uses the current time by default", () => {
    const body = exampleBody("customer.created");
    const ts = String(Math.floor(Date.now() / 1000));
    const event = verifyWebhook(
      body,
      svixHeaders(body, { "svix-timestamp": ts, "svix-signature": sign(body, { ts }) }),
      secret,
    );
    expect(event.event_type).toBe("customer.created");
  });
});

describe("verifyWebhook rejects", () => {
  const body = exampleBody("customer.created");

  it("a tampered body", () => {
    const tampered = body.replace("Marcus", "Markus");
    expectFailure(
      () => verifyWebhook(tampered, svixHeaders(body), secret, { now }),
      "invalid_signature",
      /signature does not match/,
    );
  });

  it("a body that was parsed and serialized again", () => {
    const reformatted = JSON.stringify(JSON.parse(body), null, 2);
    expectFailure(
      () => verifyWebhook(reformatted, svixHeaders(body), secret, { now }),
      "invalid_signature",
      /raw request body/,
    );
  });

  it("a parsed object instead of the raw body", () => {
    const parsed = JSON.parse(body) as string;
    expectFailure(() => verifyWebhook(parsed, svixHeaders(body), secret, { now }), "invalid_body", /not parsed JSON/);
  });

  it("the wrong secret", () => {
    expectFailure(
      () => verifyWebhook(body, svixHeaders(body), otherSecret, { now }),
      "invalid_signature",
      /secret is this endpoint's/,
    );
  });

  it("a changed message id", () => {
    expectFailure(
      () => verifyWebhook(body, svixHeaders(body, { "svix-id": "msg_other" }), secret, { now }),
      "invalid_signature",
      /does not match/,
    );
  });

  it("a signature header without a v1 entry", () => {
    expectFailure(
      () => verifyWebhook(body, svixHeaders(body, { "svix-signature": "v2,abc" }), secret, { now }),
      "invalid_signature",
      /no `v1,`/,
    );
  });

  it("a timestamp older than the default five minutes, even when correctly signed", () => {
    const ts = String(Math.floor(now.getTime() / 1000) - 301);
    const headers = svixHeaders(body, { "svix-timestamp": ts, "svix-signature": sign(body, { ts }) });
    expectFailure(
      () => verifyWebhook(body, headers, secret, { now }),
      "timestamp_too_old",
      /301 s old, more than the 300 s tolerance/,
    );
    expect(verifyWebhook(body, headers, secret, { now, toleranceSeconds: 600 }).event_type).toBe("customer.created");
  });

  it("a timestamp too far in the future", () => {
    const ts = String(Math.floor(now.getTime() / 1000) + 120);
    const headers = svixHeaders(body, { "svix-timestamp": ts, "svix-signature": sign(body, { ts }) });
    expectFailure(
      () => verifyWebhook(body, headers, secret, { now, toleranceSeconds: 60 }),
      "timestamp_too_new",
      /120 s in the future/,
    );
  });

  it("a negative or non-numeric toleranceSeconds option", () => {
    expect(() => verifyWebhook(body, svixHeaders(body), secret, { now, toleranceSeconds: -1 })).toThrow(
      /`toleranceSeconds` option must be a number ≥ 0/,
    );
    expect(() => verifyWebhook(body, svixHeaders(body), secret, { now, toleranceSeconds: Number.NaN })).toThrow(
      SdkError,
    );
  });

  it("a timestamp that is not Unix seconds", () => {
    const headers = svixHeaders(body, { "svix-timestamp": "2026-06-17T19:07:23Z" });
    expectFailure(
      () => verifyWebhook(body, headers, secret, { now }),
      "invalid_timestamp",
      /Unix time in whole seconds/,
    );
  });

  it("missing headers, naming each one", () => {
    expectFailure(
      () => verifyWebhook(body, svixHeaders(body, { "svix-signature": undefined }), secret, { now }),
      "missing_header",
      /lacks the svix-signature \(or webhook-signature\) header\./,
    );
    expectFailure(
      () => verifyWebhook(body, {}, secret, { now }),
      "missing_header",
      /svix-id .*svix-timestamp .*svix-signature .*headers\./,
    );
    expectFailure(() => verifyWebhook(body, new Headers(), secret, { now }), "missing_header", /svix-id/);
  });

  it("a secret without the whsec_ prefix, without echoing it", () => {
    const bare = secret.slice("whsec_".length);
    const error = failure(() => verifyWebhook(body, svixHeaders(body), bare, { now }));
    expect(error.reason).toBe("invalid_secret");
    expect(error.message).toMatch(/must start with `whsec_`/);
    expect(error.message).not.toContain(bare);
  });

  it("a whsec_ secret that is not base64, without echoing it", () => {
    const broken = "whsec_not*base64!";
    const error = failure(() => verifyWebhook(body, svixHeaders(body), broken, { now }));
    expect(error.reason).toBe("invalid_secret");
    expect(error.message).toMatch(/non-empty base64/);
    expect(error.message).not.toContain("not*base64");
    expectFailure(
      () => verifyWebhook(body, svixHeaders(body), "whsec_", { now }),
      "invalid_secret",
      /non-empty base64/,
    );
  });

  it("a signed body that is not JSON", () => {
    const text = "event_type=customer.created";
    expectFailure(() => verifyWebhook(text, svixHeaders(text), secret, { now }), "invalid_body", /not valid JSON/);
  });

  it("bytes that are not UTF-8", () => {
    expectFailure(
      () => verifyWebhook(new Uint8Array([0x7b, 0xff, 0x7d]), svixHeaders("{}"), secret, { now }),
      "invalid_body",
      /UTF-8/,
    );
  });

  it("a signed event type CareCycle does not document", () => {
    const unknown = JSON.stringify({ event_type: "policy.created", id: "bd48c3c7-a589-491c-81a7-d2544be13dd5" });
    expectFailure(
      () => verifyWebhook(unknown, svixHeaders(unknown), secret, { now }),
      "unknown_event_type",
      /"policy.created"; this version knows customer.created, customer.updated, call.completed/,
    );
    const untyped = JSON.stringify({ id: "bd48c3c7-a589-491c-81a7-d2544be13dd5" });
    expectFailure(
      () => verifyWebhook(untyped, svixHeaders(untyped), secret, { now }),
      "unknown_event_type",
      /no `event_type`/,
    );
  });
});
