/**
 * Hooks observe; they never change a call. A hook that throws is ignored: the request, its
 * retries and its result are the same as with no hook at all.
 */
import { describe, expect, it } from "vitest";
import type { Hooks } from "../src/hooks.js";
import { json, looseClient, stubFetch } from "./helpers.js";

const thrower = () => {
  throw new Error("the logger is broken");
};

describe("a hook that throws", () => {
  it.each(["onRequest", "onResponse", "onRetry"] as const)(
    "%s: the call goes on, with the same attempts and result",
    async (name) => {
      const stub = stubFetch((_request, attempt) =>
        attempt === 1 ? json(503, {}, { "retry-after-ms": "0" }) : json(200, { ok: true }),
      );
      const hooks: Hooks = { [name]: thrower };
      const result = await looseClient({ fetch: stub.fetch, hooks }).POST("/v1/payments", {
        body: { amount: 1 },
        idempotencyKey: "k-1",
      });
      expect(result.data).toEqual({ ok: true });
      expect(stub.sent).toHaveLength(2);
    },
  );

  it("a hook still sees every event when another throws, and keeps its `this`", async () => {
    const stub = stubFetch(() => json(200, {}));
    const events: string[] = [];
    const hooks = {
      prefix: "seen",
      onRequest() {
        throw new Error("broken");
      },
      onResponse(this: { prefix: string }, event: { status: number }) {
        events.push(`${this.prefix} ${event.status}`);
      },
    };
    await looseClient({ fetch: stub.fetch, hooks }).GET("/v1/things");
    expect(events).toEqual(["seen 200"]);
  });
});

describe("an async hook that rejects", () => {
  it.each(["onRequest", "onResponse", "onRetry"] as const)(
    "%s: the rejection is dropped, not left unhandled",
    async (name) => {
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => unhandled.push(reason);
      process.on("unhandledRejection", onUnhandled);
      try {
        const stub = stubFetch((_request, attempt) =>
          attempt === 1 ? json(503, {}, { "retry-after-ms": "0" }) : json(200, { ok: true }),
        );
        const hooks = { [name]: async () => Promise.reject(new Error("the logger is down")) } as Hooks;
        const result = await looseClient({ fetch: stub.fetch, hooks }).GET("/v1/things");
        expect(result.data).toEqual({ ok: true });
        await new Promise((resolve) => setTimeout(resolve, 20)); // let an unhandled rejection surface
        expect(unhandled).toEqual([]);
      } finally {
        process.off("unhandledRejection", onUnhandled);
      }
    },
  );
});
