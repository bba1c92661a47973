// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Type-level tests: parameters and bodies outside the spec do not compile,
 * responses and errors are typed from it.
 */
import { describe, expectTypeOf, it } from "vitest";
import { type components, createVoxaiClient, type VoxaiApiError, type VoxaiErrorBody, type VoxaiErrorCode } from "../src/index.js";

const client = createVoxaiClient({ apiKey: "vox_types" });
const agent_id = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

describe("limit", () => {
  it("is a number on every list and in paginate, so a page size in a variable compiles (1 to 100 is checked before the request)", () => {
    const pageSize: number = 50;
    void client.GET("/v3/agents", { params: { query: { limit: 1 } } });
    void client.GET("/v3/calls", { params: { query: { limit: pageSize } } });
    void client.GET("/v3/organization-telephone-numbers", { params: { query: { limit: pageSize } } });
    void client.paginate("/v3/calls", { params: { query: { limit: pageSize } } });
    // @ts-expect-error a page size is a number, not a string
    void client.GET("/v3/models/voices", { params: { query: { limit: "50" } } });
  });
});

describe("held-number filters", () => {
  it("takes a list of the four number statuses", () => {
    void client.GET("/v3/organization-telephone-numbers", { params: { query: { status: ["active", "scheduled", "cancel_requested", "expired"] } } });
    // @ts-expect-error "ported" is not a held-number status
    void client.GET("/v3/organization-telephone-numbers", { params: { query: { status: ["active", "ported"] } } });
    // @ts-expect-error a call status is not a number status either
    void client.GET("/v3/organization-telephone-numbers", { params: { query: { status: ["ended"] } } });
    // @ts-expect-error a multi-value filter is an array, even for one value
    void client.GET("/v3/organization-telephone-numbers", { params: { query: { status: "active" } } });
    // @ts-expect-error not a provider
    void client.GET("/v3/organization-telephone-numbers", { params: { query: { provider: "twilio" } } });
    // @ts-expect-error created_at is the only sort field offered
    void client.GET("/v3/organization-telephone-numbers", { params: { query: { sort_by: "number" } } });
  });

  it("other repeatable filters are typed the same way", () => {
    void client.GET("/v3/calls", { params: { query: { status: ["ended"], disconnection_reason: ["dial_busy"], call_type: ["api"] } } });
    // @ts-expect-error "ringing" is a v2 call status, not a v3 one
    void client.GET("/v3/calls", { params: { query: { status: ["ringing"] } } });
    // @ts-expect-error not a document type
    void client.GET("/v3/knowledges/{knowledge_id}/documents", { params: { path: { knowledge_id: 1 }, query: { document_type: ["pdf"] } } });
  });
});

describe("PATCH bodies", () => {
  it("an empty body still compiles: openapi-typescript cannot express minProperties", () => {
    // The spec says `minProperties: 1` on every PATCH body, but openapi-typescript has no way to
    // type "at least one of these optional keys", so `{}` compiles. The mock (and vox.ai) answer
    // it with 400 VALIDATION_ERROR; errors.test.ts checks that. If this line ever stops compiling,
    // the generator learnt minProperties: turn it into a @ts-expect-error.
    void client.PATCH("/v3/tools/{tool_id}", { params: { path: { tool_id: "0192f4a8-6c1e-7b3d-9a2f-5e8c1d4b7a60" } }, body: {} });
  });

  it("null is only accepted where the field may be cleared", () => {
    const tool = { tool_id: "0192f4a8-6c1e-7b3d-9a2f-5e8c1d4b7a60" };
    void client.PATCH("/v3/tools/{tool_id}", { params: { path: tool }, body: { description: null } });
    // @ts-expect-error a tool's name cannot be null
    void client.PATCH("/v3/tools/{tool_id}", { params: { path: tool }, body: { name: null } });
    const rule = { alert_rule_id: "8f3a6c2e-1b4d-4a9e-b7c5-0e2d9f6a1c84" };
    void client.PATCH("/v3/alert-rules/{alert_rule_id}/schedule", { params: { path: rule }, body: { active_schedule: null } });
    // @ts-expect-error no condition field may be null
    void client.PATCH("/v3/alert-rules/{alert_rule_id}/condition", { params: { path: rule }, body: { threshold_value: null } });
    // @ts-expect-error not a comparison operator
    void client.PATCH("/v3/alert-rules/{alert_rule_id}/condition", { params: { path: rule }, body: { comparison_op: "eq" } });
    // @ts-expect-error a campaign's name cannot be null
    void client.PATCH("/v3/campaigns/{campaign_id}", { params: { path: { campaign_id: "123" } }, body: { name: null } });
  });
});

describe("agent versions", () => {
  it("the version selector is typed as string (its pattern is not expressible)", () => {
    expectTypeOf<components["schemas"]["AgentVersionSelector"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<components["schemas"]["AgentMapping"]["agent_version"]>>().toEqualTypeOf<string>();
    void client.GET("/v3/agents/{agent_id}", { params: { path: { agent_id }, query: { version: "v12" } } });
    void client.GET("/v3/agents/{agent_id}", { params: { path: { agent_id }, query: { version: "production" } } });
    // @ts-expect-error a version number alone is not a selector
    void client.GET("/v3/agents/{agent_id}", { params: { path: { agent_id }, query: { version: 3 } } });
  });
});

describe("paths, ids and bodies", () => {
  it("rejects wrong id types, missing fields and unknown paths", () => {
    void client.DELETE("/v3/knowledges/{knowledge_id}", { params: { path: { knowledge_id: 123 } } });
    // @ts-expect-error knowledge bases have integer ids
    void client.DELETE("/v3/knowledges/{knowledge_id}", { params: { path: { knowledge_id: "123" } } });
    // @ts-expect-error to_number is required
    void client.POST("/v3/calls", { body: { from_number: "07011112222" } });
    // @ts-expect-error a campaign needs at least its tasks
    void client.POST("/v3/campaigns", { body: { name: "Reminders", from_number: "07011112222", agent: { agent_id } } });
    // @ts-expect-error not a weekday name the API knows
    void client.PATCH("/v3/campaigns/{campaign_id}", { params: { path: { campaign_id: "123" } }, body: { call_time_window: { windows: [{ start_min: 0, end_min: 60, days: ["Mon"] }] } } });
    // @ts-expect-error the v2 route is not part of this client
    void client.POST("/v2/calls");
    // @ts-expect-error the versions list is not paged
    void client.paginate("/v3/agents/{agent_id}/versions");
  });
});

describe("responses", () => {
  it("types data and paginated items from the spec", async () => {
    const { data } = await client.GET("/v3/organization-telephone-numbers");
    expectTypeOf(data?.items[0]?.status).toEqualTypeOf<components["schemas"]["TelephoneNumberStatus"] | undefined>();
    expectTypeOf(data?.next_cursor).toEqualTypeOf<string | null | undefined>();
    for await (const call of client.paginate("/v3/calls")) {
      expectTypeOf(call).toExtend<components["schemas"]["Call"]>();
      expectTypeOf<components["schemas"]["Call"]>().toExtend<typeof call>();
      expectTypeOf(call.status).toEqualTypeOf<components["schemas"]["CallStatus"]>();
    }
    const throwing = createVoxaiClient({ apiKey: "vox_types", throwOnError: true });
    const { data: agent } = await throwing.GET("/v3/agents/{agent_id}", { params: { path: { agent_id } } });
    expectTypeOf(agent.type).toEqualTypeOf<"single_prompt" | "flow">();
  });
});

describe("errors", () => {
  it("error.code autocompletes the known codes and still accepts any string", () => {
    expectTypeOf<components["schemas"]["KnownErrorCode"]>().toEqualTypeOf<"VALIDATION_ERROR" | "INTERNAL_ERROR">();
    expectTypeOf<VoxaiApiError["body"]["error"]["code"]>().toEqualTypeOf<VoxaiErrorCode>();
    expectTypeOf<"VALIDATION_ERROR">().toExtend<VoxaiErrorCode>();
    expectTypeOf<"SOMETHING_NEW">().toExtend<VoxaiErrorCode>();
    expectTypeOf<Extract<VoxaiErrorCode, "INTERNAL_ERROR">>().toEqualTypeOf<"INTERNAL_ERROR">();
    // @ts-expect-error a code is a string
    const notACode: VoxaiErrorCode = 404;
    void notACode;
  });

  it("VoxaiErrorBody is the spec's envelope", () => {
    expectTypeOf<VoxaiErrorBody>().toExtend<components["schemas"]["ErrorEnvelope"]>();
    expectTypeOf<components["schemas"]["ErrorEnvelope"]>().toExtend<VoxaiErrorBody>();
    expectTypeOf<VoxaiErrorBody["error"]["details"]["allowed_values"]>().toEqualTypeOf<unknown[] | undefined>();
  });

  it("the non-throwing error is the envelope", async () => {
    const { error } = await client.GET("/v3/calls/{call_id}", { params: { path: { call_id: "3079f46c-5b2a-4d8e-9f13-6a7c2e4b8d91" } } });
    expectTypeOf(error).toExtend<components["schemas"]["ErrorEnvelope"] | undefined>();
    expectTypeOf(error?.error.message).toEqualTypeOf<string | undefined>();
  });
});
