// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Unit tests of parseWebhook: every event of the spec's `webhooks` section
 * (v2 and legacy v1, from the spec's own examples) parses and narrows, and
 * every kind of bad shape throws a WebhookParseError with its reason.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { parseWebhook, SdkError, type VoxaiWebhook, type VoxaiWebhookPayload, WebhookParseError, type WebhookParseFailure } from "../src/index.js";
import { bundledSpec } from "./support.js";

type WebhookItem = { post: { requestBody: { content: { "application/json": { examples: Record<string, { value: Record<string, unknown> }> } } } } };
const webhooks = (bundledSpec() as unknown as { webhooks: Record<string, WebhookItem> }).webhooks;

/** The first example payload of each webhook in the spec, by `<version>.<event>`. */
const examples = Object.entries(webhooks).map(([key, item]) => {
  const [example] = Object.values(item.post.requestBody.content["application/json"].examples);
  return [key, example!.value] as const;
});

function failure(body: unknown): WebhookParseError {
  try {
    parseWebhook(body);
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookParseError);
    expect(error).toBeInstanceOf(SdkError);
    return error as WebhookParseError;
  }
  throw new Error("parseWebhook accepted the body");
}

function rejects(body: unknown, reason: WebhookParseFailure, message: RegExp) {
  const error = failure(body);
  expect(error.reason).toBe(reason);
  expect(error.message).toMatch(message);
  expect(error.name).toBe("WebhookParseError");
}

const call = { call_id: "3079f46c-5b2a-4d8e-9f13-6a7c2e4b8d91", from_number: "01012345678" };

describe("parseWebhook: every documented event", () => {
  it("the spec lists the five v2 events and the three v1 events", () => {
    expect(examples.map(([key]) => key).sort()).toEqual([
      "v1.call_ended",
      "v1.call_started",
      "v1.mid_call",
      "v2.call_analyzed",
      "v2.call_ended",
      "v2.call_started",
      "v2.mid_call",
      "v2.sms_received",
    ]);
  });

  it.each(examples)("%s: from text, bytes and a parsed object", (key, payload) => {
    const [version, event] = key.split(".");
    for (const body of [JSON.stringify(payload), new TextEncoder().encode(JSON.stringify(payload)), payload]) {
      expect(parseWebhook(body)).toEqual({ version, event, payload });
    }
  });

  it("a v1 payload is one without webhook_version; the same event name in v2 is told apart", () => {
    expect(parseWebhook({ event: "call_started", call }).version).toBe("v1");
    expect(parseWebhook({ event: "call_started", webhook_version: "v2", call }).version).toBe("v2");
  });

  it("unknown fields are kept (lenient payloads)", () => {
    const hook = parseWebhook({ event: "call_ended", webhook_version: "v2", call: { ...call, new_field: 1 }, trace: "x" });
    expect(hook.payload).toMatchObject({ trace: "x", call: { new_field: 1 } });
  });

  it("v1 mid_call needs no call, but a call it carries must look like one", () => {
    expect(parseWebhook({ event: "mid_call", mid_call: {} }).event).toBe("mid_call");
    expect(parseWebhook({ event: "mid_call", mid_call: {}, call }).event).toBe("mid_call");
    rejects({ event: "mid_call", mid_call: {}, call: { call_id: 7 } }, "invalid_field", /call\.call_id.*a number/);
  });

  it("narrows the payload type by version and event", () => {
    const seen: string[] = [];
    for (const [, payload] of examples) {
      const hook: VoxaiWebhook = parseWebhook(payload);
      if (hook.version === "v2" && hook.event === "call_analyzed") {
        expectTypeOf(hook.payload).toEqualTypeOf<VoxaiWebhookPayload<"v2", "call_analyzed">>();
        seen.push(`cost ${hook.payload.call.call_cost?.total_cost}`);
      } else if (hook.event === "sms_received") {
        expectTypeOf(hook.version).toEqualTypeOf<"v2">();
        seen.push(`sms ${typeof hook.payload.sms}`);
      } else if (hook.version === "v1" && hook.event === "call_ended") {
        expectTypeOf(hook.payload.call.call_from).toEqualTypeOf<string | null | undefined>();
        seen.push(`v1 from ${hook.payload.call.call_from}`);
      } else if (hook.version === "v1" && hook.event === "mid_call") {
        expectTypeOf(hook.payload.mid_call).toBeObject();
        seen.push("v1 mid_call");
      }
    }
    expect(seen.sort()).toEqual(["cost 150.00", "sms object", "v1 from 01012345678", "v1 mid_call"]);
    // @ts-expect-error call_analyzed exists only in v2
    expectTypeOf<VoxaiWebhookPayload<"v1", "call_analyzed">>().toBeObject();
  });
});

describe("parseWebhook: unknown shapes", () => {
  it("a body that is not JSON", () => {
    rejects("{not json", "invalid_json", /not valid JSON/);
    rejects(new Uint8Array([0xff, 0xfe, 0x00]), "invalid_json", /not valid UTF-8/);
  });

  it.each([
    ["an array", []],
    ["null", null],
    ["a number", 42],
    ["a string", JSON.stringify("call_started")],
    ["nothing", undefined],
  ])("a payload that is %s", (kind, body) => {
    rejects(body, "not_an_object", new RegExp(`must be a JSON object; got ${kind}`));
  });

  it("no event, or an event that is not a string", () => {
    rejects({ webhook_version: "v2", call }, "unknown_event", /no `event` string/);
    rejects({ event: 3, call }, "unknown_event", /no `event` string/);
  });

  it("an event this version does not know", () => {
    rejects({ event: "call_transferred", webhook_version: "v2", call }, "unknown_event", /v2 webhook event "call_transferred"; the v2 events are call_started, mid_call, call_ended, call_analyzed, sms_received\.$/);
    rejects({ event: "call_analyzed", call }, "unknown_event", /v1 webhook event "call_analyzed".*only in the v2 format/);
  });

  it("a webhook_version other than v2", () => {
    rejects({ event: "call_started", webhook_version: "v3", call }, "unknown_version", /Unknown webhook_version "v3"/);
    rejects({ event: "call_started", webhook_version: "v1", call }, "unknown_version", /webhook_version "v1".*legacy v1 format, which has no webhook_version/);
    rejects({ event: "call_started", webhook_version: 2, call }, "unknown_version", /webhook_version a number/);
    rejects({ event: "call_started", webhook_version: null, call }, "unknown_version", /webhook_version null/);
  });

  it("an event without the object it carries", () => {
    rejects({ event: "call_started", webhook_version: "v2" }, "invalid_field", /v2\.call_started webhook must carry a `call` object; got nothing/);
    rejects({ event: "call_ended", call: [call] }, "invalid_field", /v1\.call_ended webhook must carry a `call` object; got an array/);
    rejects({ event: "sms_received", webhook_version: "v2", call }, "invalid_field", /must carry a `sms` object/);
    rejects({ event: "mid_call", call }, "invalid_field", /v1\.mid_call webhook must carry a `mid_call` object/);
  });

  it("a call without a string call_id", () => {
    rejects({ event: "call_analyzed", webhook_version: "v2", call: {} }, "invalid_field", /call\.call_id.*got nothing/);
    rejects({ event: "call_started", call: { call_id: null } }, "invalid_field", /call\.call_id.*got null/);
  });

  it("messages never quote the payload's values", () => {
    const error = failure({ event: "call_started", webhook_version: "v2", call: { call_id: 1, from_number: "01012345678" } });
    expect(error.message).not.toContain("01012345678");
  });
});
