// biome-ignore-all format: each @ts-expect-error must stay on the line above its target
/**
 * Type tests of the test kit on the fixture's paths: operation keys, typed handler
 * contexts, and answers checked against the success body, returned or given.
 */
import { describe, expectTypeOf, it } from "vitest";
import { createFake, type OperationKey } from "../../src/testing/index.js";
import type { ErrorBody, Pet, paths } from "./fixture.js";

const fake = createFake<paths, ErrorBody>({ openapi: "3.1.0" });

describe("test kit types", () => {
  it("names operations as METHOD path, leaving out absent methods", () => {
    expectTypeOf<OperationKey<paths>>().toEqualTypeOf<
      | "GET /health"
      | "GET /v1/pets"
      | "POST /v1/pets"
      | "GET /v1/pets/export"
      | "GET /v1/pets/{pet_id}"
      | "DELETE /v1/pets/{pet_id}"
      | "POST /v1/pets/{pet_id}/photo"
    >();
  });

  it("types the context by the operation", () => {
    fake.on("GET /v1/pets/{pet_id}", ({ params }) => {
      expectTypeOf(params.pet_id).toEqualTypeOf<number>();
      return undefined;
    });
    fake.on("GET /v1/pets", ({ query }) => {
      expectTypeOf(query.tag).toEqualTypeOf<("cat" | "dog")[] | undefined>();
      return undefined;
    });
    fake.on("POST /v1/pets", ({ body }) => {
      expectTypeOf(body).toEqualTypeOf<{ name: string; email?: string }>();
      return undefined;
    });
  });

  it("checks a returned body against the success body, at any depth", () => {
    fake.on("GET /v1/pets", () => ({ data: [{ id: 1, name: "Tom" }] }));
    fake.on("GET /v1/pets", async () => ({ data: [] }));
    // @ts-expect-error a misspelled top-level field
    fake.on("GET /v1/pets", () => ({ dta: [] }));
    // @ts-expect-error a misspelled field inside an array item
    fake.on("GET /v1/pets", () => ({ data: [{ id: 1, nmae: "Tom" }] }));
    // @ts-expect-error a wrong type
    fake.on("GET /v1/pets/{pet_id}", () => ({ id: "one" }));
    // @ts-expect-error a misspelled field of a body given as it is
    fake.on("GET /v1/pets/{pet_id}", { id: 1, nmae: "Tom" });
  });

  it("keeps a returned enum value as its literal type, and takes stored data of unknown type", () => {
    fake.on("GET /v1/pets/{pet_id}", () => ({ id: 1, kind: "cat" }));
    fake.once("GET /v1/pets/{pet_id}", async () => ({ id: 1, kind: "dog" }));
    fake.on("GET /v1/pets", ({ query }) => ({ data: [{ id: query.limit ?? 1, kind: "cat" }] }));
    const stored: Pet = { id: 1, meta: { any: "thing" } };
    fake.on("GET /v1/pets/{pet_id}", () => stored);
    fake.on("GET /v1/pets/{pet_id}", ({ example }) => example());
    // @ts-expect-error not a value of the enum
    fake.on("GET /v1/pets/{pet_id}", () => ({ id: 1, kind: "cow" }));
    // @ts-expect-error a misspelled field beside an enum value
    fake.on("GET /v1/pets/{pet_id}", () => ({ id: 1, kind: "cat", nmae: "Tom" }));
    // @ts-expect-error a misspelled field beside stored data
    fake.on("GET /v1/pets/{pet_id}", () => ({ ...stored, nmae: "Tom" }));
  });

  it("types replies by the documented statuses, and errors by the error body", () => {
    fake.on("POST /v1/pets", ({ reply }) => reply(201, { id: 1 }));
    // @ts-expect-error 202 is not documented
    fake.on("POST /v1/pets", ({ reply }) => reply(202));
    fake.on("GET /v1/pets", fake.error(401, { error: "Unauthorized" }));
    // @ts-expect-error the error body has no `message`
    fake.on("GET /v1/pets", fake.error(401, { message: "Unauthorized" }));
  });

  it("refuses an operation the spec does not have", () => {
    // @ts-expect-error no such operation
    fake.on("PUT /v1/pets", {});
  });
});
