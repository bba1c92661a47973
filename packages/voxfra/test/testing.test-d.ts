// biome-ignore-all format: each @ts-expect-error must stay on the line above its target
/**
 * Type tests of @voiceapis/voxfra/testing: handlers are typed from the spec, so a
 * misspelled field, a wrong type, an unknown operation or an undocumented status
 * does not compile; the context is typed by the operation.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { VoxfraClient } from "../src/index.js";
import { createVoxfraFake, type RecordedCall } from "../src/testing.js";

const fake = createVoxfraFake();

describe("@voiceapis/voxfra/testing types", () => {
  it("types a body override by the operation's success body", () => {
    fake.on("GET /v1/auth/me", { key_name: "k", environment: "sandbox" });
    // @ts-expect-error a misspelled field does not compile
    fake.on("GET /v1/auth/me", { key_nmae: "k" });
    // @ts-expect-error an enum value the spec does not have
    fake.on("GET /v1/auth/me", { environment: "staging" });
    fake.on("GET /v1/customers", () => ({ data: [], pagination: { limit: 1, offset: 0, total: 0 } }));
    // @ts-expect-error a misspelled field in a handler's answer does not compile
    fake.on("GET /v1/customers", () => ({ data: [], pagination: { limit: 1, offset: 0, total: 0 }, pagniation: 1 }));
    fake.once("GET /v1/customers", async () => ({ data: [], pagination: { limit: 1, offset: 0, total: 0 } }));
  });

  it("refuses an operation the spec does not have", () => {
    // @ts-expect-error no such path
    fake.on("GET /v1/customer", {});
    // @ts-expect-error no such method on the path
    fake.on("DELETE /v1/customers", {});
  });

  it("types the context by the operation", () => {
    fake.on("GET /v1/customers", ({ query }) => {
      expectTypeOf(query.limit).toEqualTypeOf<number | undefined>();
      return undefined;
    });
    fake.on("GET /v1/calls/{id}/evaluations", ({ params }) => {
      expectTypeOf(params.id).toEqualTypeOf<string>();
      return undefined;
    });
    fake.on("POST /v1/clients", ({ body, reply }) => {
      expectTypeOf(body.name).toEqualTypeOf<string>();
      // @ts-expect-error a status the operation does not document
      reply(202, {});
      return reply(201);
    });
  });

  it("types errors by the vendor's error body, and faults need no types", () => {
    fake.on("GET /v1/auth/me", fake.error(401, { error: "Unauthorized" }));
    // @ts-expect-error the error body has no such field
    fake.on("GET /v1/auth/me", fake.error(401, { message: "Unauthorized" }));
    fake.on("GET /v1/auth/me", fake.fault.rateLimit(30));
    fake.on("GET /v1/auth/me", fake.fault.delay(10));
  });

  it("gives a typed client and a typed record", () => {
    expectTypeOf(fake.client()).toEqualTypeOf<VoxfraClient<false>>();
    expectTypeOf(fake.client({ throwOnError: true })).toEqualTypeOf<VoxfraClient<true>>();
    expectTypeOf(fake.lastCall()).toEqualTypeOf<RecordedCall>();
    // @ts-expect-error lastCall takes an operation of the spec
    fake.lastCall("GET /nope");
  });
});
