// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Type-level tests of what users write: misspelled keys do not compile
 * (issue 14 §1), multipart bodies, a page size in a variable and per-call
 * options do, and a caught error narrows to vox.ai's error envelope (§3).
 */
import { describe, expectTypeOf, it } from "vitest";
import { ApiError, BadRequestError, ConflictError, createVoxaiClient, isApiError, type VoxaiErrorBody, type VoxaiErrorCode } from "../src/index.js";

const vox = createVoxaiClient({ apiKey: "vox_types" });
const agent_id = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

describe("typos do not compile", () => {
  it("a misspelled body field, option or paginate limit", () => {
    // @ts-expect-error `dynamic_varaibles` (TS2561: did you mean 'dynamic_variables'?)
    void vox.POST("/v3/calls", { body: { from_number: "0701", to_number: "0101", agent: { agent_id: "a" }, dynamic_varaibles: { x: "y" } } });
    // @ts-expect-error `agnet_id` inside a nested object
    void vox.POST("/v3/calls", { body: { from_number: "0701", to_number: "0101", agent: { agnet_id: "a" } } });
    // @ts-expect-error `bodySerialiser` is not an option
    void vox.POST("/v3/models/voices", { body: { clip: new Blob([]), name: "v", language: "ko-KR" }, bodySerialiser: () => new FormData() });
    // @ts-expect-error `maxPage` (did you mean 'maxPages'?)
    void vox.paginate("/v3/calls", { maxPage: 2 });
  });
});

describe("what users write keeps compiling", () => {
  it("a call with dynamic variables, a page size in a variable and per-call options", () => {
    const limit: number = 100;
    void vox.POST("/v3/calls", { body: { from_number: "0701", to_number: "0101", agent: { agent_id }, dynamic_variables: { x: "y" } }, idempotencyKey: "call-1" });
    void vox.GET("/v3/calls", { params: { query: { status: ["ended"], limit } }, maxRetries: 0, timeout: 2_000, signal: AbortSignal.timeout(5_000) });
    void vox.paginate("/v3/calls", { params: { query: { limit } }, maxPages: 3 });
  });

  it("multipart bodies: a Blob (or File) field and a bodySerializer that builds FormData", () => {
    const toFormData = (body: object) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(body)) {
        if (value instanceof Blob) form.append(name, value);
        else if (value != null) form.append(name, String(value));
      }
      return form;
    };
    const clip = new File([new Uint8Array(4)], "store-manager.wav", { type: "audio/wav" });
    void vox.POST("/v3/models/voices", { body: { clip, name: "Store manager voice", language: "ko-KR" }, bodySerializer: toFormData });
    // @ts-expect-error the clip is a Blob, not a path
    void vox.POST("/v3/models/voices", { body: { clip: "./clip.wav", name: "v", language: "ko-KR" }, bodySerializer: toFormData });
  });
});

describe("error bodies are typed", () => {
  it("instanceof narrows body and status without a cast", () => {
    const err: unknown = new Error("x");
    if (err instanceof BadRequestError) {
      expectTypeOf(err.status).toEqualTypeOf<400>();
      expectTypeOf(err.body).toEqualTypeOf<VoxaiErrorBody>();
      expectTypeOf(err.body.error.code).toEqualTypeOf<VoxaiErrorCode>();
      // @ts-expect-error the envelope has no such field
      void err.body.details;
    }
    if (err instanceof ConflictError) expectTypeOf(err.status).toEqualTypeOf<409>();
    if (err instanceof ApiError) expectTypeOf(err.body).toEqualTypeOf<VoxaiErrorBody>();
    if (isApiError(err)) expectTypeOf(err.body.error.message).not.toBeAny();
  });
});
