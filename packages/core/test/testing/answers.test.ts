/** The fake's answers: the spec's examples by default, overrides, errors and faults. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { SdkError } from "../../src/index.js";
import { AnswerValidationError, createFake, HandlerError, Reply } from "../../src/testing/index.js";
import { type ErrorBody, type paths, request, spec } from "./fixture.js";

const fake = () => createFake<paths, ErrorBody>(spec);
const json = async (response: Response) => [response.status, await response.json()];

afterEach(() => {
  vi.useRealTimers();
});

describe("default answers", () => {
  it("answer with the first named example of the first 2xx, following $refs", async () => {
    expect(await json(await fake().fetch(request("/v1/pets")))).toEqual([
      200,
      {
        data: [
          { id: 1, name: "Tom" },
          { id: 2, name: "Rex" },
        ],
      },
    ]);
  });

  it("use the documented success status", async () => {
    const response = await fake().fetch(request("/v1/pets", { method: "POST", body: '{"name":"Rex"}' }));
    expect(await json(response)).toEqual([201, { id: 7, name: "Rex" }]);
    expect(response.headers.get("content-type")).toBe("application/json");
  });

  it("answer without a body where the spec documents none, and keep a text media type", async () => {
    expect((await fake().fetch(request("/v1/pets/1", { method: "DELETE" }))).status).toBe(204);
    const csv = await fake().fetch(request("/v1/pets/export"));
    expect(csv.headers.get("content-type")).toBe("text/csv");
    expect(await csv.text()).toBe("id,name\n1,Tom\n");
  });

  it("are fresh copies: a handler that changes one does not change the next", async () => {
    const f = fake().on("GET /v1/pets/{pet_id}", (ctx) => {
      const pet = ctx.example();
      pet.name = "Changed";
      return pet;
    });
    expect(await (await f.fetch(request("/v1/pets/1"))).json()).toEqual({ id: 1, name: "Changed" });
    expect(f.example("GET /v1/pets/{pet_id}")).toEqual({ id: 1, name: "Tom" });
  });
});

describe("overrides", () => {
  it("take a body, or a function of the typed request", async () => {
    const f = fake()
      .on("GET /v1/pets/{pet_id}", ({ params }) => ({ id: params.pet_id, name: "Tom" }))
      .on("GET /health", { status: "down" });
    expect(await (await f.fetch(request("/v1/pets/42"))).json()).toEqual({ id: 42, name: "Tom" });
    expect(await (await f.fetch(request("/health"))).json()).toEqual({ status: "down" });
  });

  it("fall back to the usual answer when a function returns undefined", async () => {
    const f = fake().on("GET /v1/pets/{pet_id}", () => undefined);
    expect(await (await f.fetch(request("/v1/pets/1"))).json()).toEqual({ id: 1, name: "Tom" });
  });

  it("answer `once` first, in order, then the `on` handler", async () => {
    const f = fake()
      .on("GET /health", { status: "on" })
      .once("GET /health", { status: "first" })
      .once("GET /health", { status: "second" });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await (await f.fetch(request("/health"))).json()).status);
    expect(statuses).toEqual(["first", "second", "on"]);
  });

  it("keep state in a plain function: create, then get", async () => {
    const pets = new Map<number, { id: number; name: string }>();
    const f = fake();
    f.on("POST /v1/pets", ({ body, reply }) => {
      const pet = { id: pets.size + 1, name: body.name };
      pets.set(pet.id, pet);
      return reply(201, pet);
    }).on("GET /v1/pets/{pet_id}", ({ params }) => pets.get(params.pet_id) ?? f.error(404));
    await f.fetch(request("/v1/pets", { method: "POST", body: '{"name":"Rex"}' }));
    expect(await json(await f.fetch(request("/v1/pets/1")))).toEqual([200, { id: 1, name: "Rex" }]);
    expect(await json(await f.fetch(request("/v1/pets/2")))).toEqual([404, { error: "Not found" }]);
  });

  it("start from the `answers` option, and `reset` goes back to it", async () => {
    const f = createFake<paths, ErrorBody>(spec, { answers: { "GET /health": { status: "configured" } } });
    f.on("GET /health", { status: "changed" });
    f.reset();
    expect(await (await f.fetch(request("/health"))).json()).toEqual({ status: "configured" });
  });

  it("refuse an operation the spec does not have", () => {
    expect(() => fake().on("GET /v1/nope" as "GET /health", {})).toThrow(/no operation "GET \/v1\/nope"/);
  });
});

describe("errors", () => {
  it("carry the given status and body", async () => {
    const f = fake();
    f.on("GET /v1/pets/{pet_id}", () => f.error(404, { error: "No such pet" }, { "x-request-id": "r1" }));
    const response = await f.fetch(request("/v1/pets/1"));
    expect(await json(response)).toEqual([404, { error: "No such pet" }]);
    expect(response.headers.get("x-request-id")).toBe("r1");
  });

  it("default to the operation's example for the status, else another operation's", async () => {
    const f = fake();
    f.on("GET /v1/pets/{pet_id}", () => f.error(404)).on("GET /v1/pets/export", () => f.error(401));
    expect(await json(await f.fetch(request("/v1/pets/1")))).toEqual([404, { error: "Not found" }]);
    expect(await json(await f.fetch(request("/v1/pets/export")))).toEqual([401, { error: "Unauthorized" }]);
  });
});

describe("faults", () => {
  it("reset the connection: fetch rejects with a TypeError, as fetch does", async () => {
    const f = fake();
    f.on("GET /health", f.fault.connectionReset());
    const error = await f.fetch(request("/health")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).cause).toMatchObject({ code: "ECONNRESET" });
  });

  it("answer 429 with Retry-After, and a 5xx", async () => {
    const f = fake();
    f.once("GET /health", f.fault.rateLimit(7)).once("GET /health", f.fault.serverError(503, { error: "down" }));
    const limited = await f.fetch(request("/health"));
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "7"]);
    expect(await json(await f.fetch(request("/health")))).toEqual([503, { error: "down" }]);
    expect((await f.fetch(request("/health"))).status).toBe(200);
  });

  it("delay, then answer as usual or as told", async () => {
    vi.useFakeTimers();
    const f = fake();
    f.once("GET /health", f.fault.delay(1_000)).once(
      "GET /health",
      f.fault.delay(10, new Reply(202, { status: "later" })),
    );
    let settled = false;
    const first = f.fetch(request("/health")).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await first).status).toBe(200);
    const second = f.fetch(request("/health"));
    await vi.advanceTimersByTimeAsync(10);
    expect(await json(await second)).toEqual([202, { status: "later" }]);
  });

  it("hang until the request is aborted", async () => {
    const f = fake();
    f.on("GET /health", f.fault.hang());
    const controller = new AbortController();
    const pending = f.fetch(request("/health", { signal: controller.signal }));
    controller.abort(new Error("gave up"));
    await expect(pending).rejects.toThrow("gave up");
  });
});

describe("answers the test sets", () => {
  it("fail the call with a HandlerError (an SdkError: not retried) when a handler function throws", async () => {
    const failed = new Error("expected 5 to be 10");
    const f = fake().on("GET /v1/pets/{pet_id}", () => {
      throw failed;
    });
    const error = await f.fetch(request("/v1/pets/1")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HandlerError);
    expect(error).toBeInstanceOf(SdkError);
    expect(error).toMatchObject({
      operation: "GET /v1/pets/{pet_id}",
      cause: failed,
      message: "The handler the test set for getPet (GET /v1/pets/{pet_id}) threw: expected 5 to be 10",
    });
    const own = new SdkError("mine");
    f.on("GET /v1/pets/{pet_id}", async () => {
      throw own;
    });
    await expect(f.fetch(request("/v1/pets/1"))).rejects.toBe(own);
  });

  it("are checked against the documented response, so a wrong stub fails the call", async () => {
    const f = fake();
    f.on("GET /v1/pets", { data: [{ id: "one" as unknown as number }] });
    const error = await f.fetch(request("/v1/pets")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnswerValidationError);
    expect(error).toBeInstanceOf(SdkError);
    expect((error as AnswerValidationError).message).toMatch(
      /^The answer the test set for listPets \(GET \/v1\/pets\) with status 200 does not match the spec: body field "data\/0\/id" must be integer \(type\)/,
    );
  });

  it("check error bodies too, and pass what the spec allows", async () => {
    const f = fake();
    f.on("POST /v1/pets", () => f.error(422, { error: 42 as unknown as string }));
    const error = await f
      .fetch(request("/v1/pets", { method: "POST", body: '{"name":"Rex"}' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnswerValidationError);
    f.on("POST /v1/pets", () => f.error(422, { error: "taken" }));
    expect((await f.fetch(request("/v1/pets", { method: "POST", body: '{"name":"Rex"}' }))).status).toBe(422);
  });

  it("are not checked with checkAnswers: false, nor where no schema is documented", async () => {
    const off = createFake<paths, ErrorBody>(spec, { checkAnswers: false });
    off.on("GET /v1/pets", { data: [{ id: "one" as unknown as number }] });
    expect((await off.fetch(request("/v1/pets"))).status).toBe(200);
    const f = fake();
    f.on("GET /v1/pets/{pet_id}", { id: "one" as unknown as number });
    expect((await f.fetch(request("/v1/pets/1"))).status).toBe(200);
  });
});
