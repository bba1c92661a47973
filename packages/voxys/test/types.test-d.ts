// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Type-level tests: `accountId` makes `account_id` optional, a client without
 * it must pass `account_id`, parameters outside the spec do not compile, and
 * each of the three clients offers only the routes of its audience.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  type components,
  createVoxysClient,
  createVoxysPlatformClient,
  createVoxysPublicClient,
  type VoxysClient,
  type VoxysClientWithoutAccount,
  type VoxysErrorBody,
  type VoxysPublicClient,
  type VoxysPublicClientWithoutInbox,
} from "../src/index.js";

const client = createVoxysClient({ apiKey: "types", accountId: 1 });
const bare = createVoxysClient({ apiKey: "types" });

describe("account_id", () => {
  it("picks the client type from the accountId option", () => {
    expectTypeOf(client).toEqualTypeOf<VoxysClient>();
    expectTypeOf(bare).toEqualTypeOf<VoxysClientWithoutAccount>();
  });

  it("with accountId, calls compile without account_id (and may still pass one)", () => {
    void client.GET("/api/v1/accounts/{account_id}/leads");
    void client.GET("/api/v1/accounts/{account_id}/leads/{id}", { params: { path: { id: 42 } } });
    void client.POST("/api/v1/accounts/{account_id}/companies", { body: { name: "Acme Corp" } });
    void client.paginate("/api/v1/accounts/{account_id}/follow_up_tasks", { params: { query: { per_page: 100 } } });
    void client.GET("/api/v1/accounts/{account_id}/leads/{id}", { params: { path: { account_id: 7, id: 42 } } });
    // @ts-expect-error the other path parameters stay required
    void client.GET("/api/v1/accounts/{account_id}/leads/{id}", { params: { path: {} } });
    // @ts-expect-error account_id is still an integer
    void client.GET("/api/v1/accounts/{account_id}/leads/stats", { params: { path: { account_id: "1" } } });
  });

  it("without accountId, a call missing account_id does not compile", () => {
    void bare.GET("/api/v1/accounts/{account_id}/leads/{id}", { params: { path: { account_id: 1, id: 42 } } });
    // @ts-expect-error account_id is required without the accountId option
    void bare.GET("/api/v1/accounts/{account_id}/leads/{id}", { params: { path: { id: 42 } } });
    // @ts-expect-error no init at all: account_id is missing
    void bare.GET("/api/v1/accounts/{account_id}/leads");
    // @ts-expect-error paginate needs it too
    void bare.paginate("/api/v1/accounts/{account_id}/leads", { params: { query: { per_page: 25 } } });
  });
});

describe("query parameters", () => {
  it("per_page is a number, so a page size in a variable compiles (1 to 100 is checked before the request)", () => {
    const perPage: number = 25;
    void client.GET("/api/v1/accounts/{account_id}/leads", { params: { query: { per_page: 1 } } });
    void client.GET("/api/v1/accounts/{account_id}/leads", { params: { query: { per_page: perPage } } });
    void client.paginate("/api/v1/accounts/{account_id}/leads", { params: { query: { per_page: perPage } } });
    // @ts-expect-error a page size is a number, not a string
    void client.GET("/api/v1/accounts/{account_id}/follow_up_tasks", { params: { query: { per_page: "25" } } });
  });

  it("rejects values outside the enums", () => {
    void client.GET("/api/v1/accounts/{account_id}/leads", { params: { query: { status: "snoozed", sort_by: "custom_name", sort_order: "desc" } } });
    // @ts-expect-error not a lead status
    void client.GET("/api/v1/accounts/{account_id}/leads", { params: { query: { status: "closed" } } });
    // @ts-expect-error not a sort order
    void client.GET("/api/v1/accounts/{account_id}/leads", { params: { query: { sort_order: "up" } } });
    // @ts-expect-error not a sortable field
    void client.GET("/api/v1/accounts/{account_id}/leads", { params: { query: { sort_by: "score" } } });
    // @ts-expect-error not a task status (leads have "won", tasks do not)
    void client.GET("/api/v1/accounts/{account_id}/follow_up_tasks", { params: { query: { status: "won" } } });
    // @ts-expect-error not a lead status in a body either
    void client.PATCH("/api/v1/accounts/{account_id}/leads/{id}/status", { params: { path: { id: 42 } }, body: { status: "closed" } });
  });

  it("rejects unknown parameters, missing required ones and unknown paths", () => {
    // @ts-expect-error companies have no page size
    void client.GET("/api/v1/accounts/{account_id}/companies", { params: { query: { per_page: 10 } } });
    // @ts-expect-error q is required
    void client.GET("/api/v1/accounts/{account_id}/companies/search", { params: { query: {} } });
    // @ts-expect-error start_date and end_date are required
    void client.GET("/api/v1/accounts/{account_id}/follow_up_tasks/calendar", { params: { query: { start_date: "2026-06-01" } } });
    // @ts-expect-error funnel_id is required to turn a conversation's lead into a deal
    void client.POST("/api/v1/accounts/{account_id}/conversations/{conversation_id}/crm/convert_to_deal", { params: { path: { conversation_id: 100 } }, body: { stage_id: 7 } });
    // @ts-expect-error a bulk action needs lead_ids
    void client.POST("/api/v1/accounts/{account_id}/leads/bulk", { body: { action_type: "delete" } });
    // @ts-expect-error list operations without x-pagination cannot be paginated
    void client.paginate("/api/v1/accounts/{account_id}/funnels");
    // @ts-expect-error not a path of this API
    void client.GET("/api/v1/accounts/{account_id}/deals");
  });
});

describe("responses", () => {
  it("types data and paginated items from the spec", async () => {
    const { data } = await client.GET("/api/v1/accounts/{account_id}/leads/{id}", { params: { path: { id: 42 } } });
    expectTypeOf(data?.status).toEqualTypeOf<"open" | "won" | "lost" | "snoozed" | undefined>();
    for await (const lead of client.paginate("/api/v1/accounts/{account_id}/leads")) {
      expectTypeOf(lead).toEqualTypeOf<components["schemas"]["Lead"]>();
    }
    const { error } = await client.GET("/api/v1/accounts/{account_id}/leads/{id}", { params: { path: { id: 42 } } });
    expectTypeOf(error).toEqualTypeOf<components["schemas"]["ErrorResponse"] | undefined>();
  });
});

describe("lenient responses", () => {
  it("no response field is required, since the docs mark none (ids and error fields included)", () => {
    expectTypeOf<components["schemas"]["Lead"]["id"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<components["schemas"]["Lead"]["custom_name"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<components["schemas"]["Company"]["id"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<components["schemas"]["PageMeta"]["total_pages"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<components["schemas"]["ErrorResponse"]["error"]>().toEqualTypeOf<string | undefined>();
  });
});

describe("free-form objects", () => {
  it("a bare `type: object` in the spec takes any keys (not Record<string, never>)", () => {
    void client.POST("/api/v1/accounts/{account_id}/contacts", {
      body: { inbox_id: 1, name: "Alice", custom_attributes: { plan: "gold", seats: 3 }, additional_attributes: { type: "customer" } },
    });
    type Meta = NonNullable<components["schemas"]["ArticleCreateUpdatePayload"]["meta"]>;
    expectTypeOf<{ tags: string[] }>().toExtend<Meta>();
  });
});

describe("the three audiences", () => {
  const publicClient = createVoxysPublicClient({ inboxIdentifier: "example-inbox" });
  const publicBare = createVoxysPublicClient();
  const platform = createVoxysPlatformClient({ apiKey: "types" });

  it("each client offers only the routes of its audience", () => {
    void publicClient.GET("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}", { params: { path: { contact_identifier: "c" } } });
    void platform.GET("/platform/api/v1/agent_bots");
    void client.GET("/api/v1/profile");
    // @ts-expect-error account routes are not on the public client
    void publicClient.GET("/api/v1/profile");
    // @ts-expect-error platform routes are not on the public client
    void publicClient.GET("/platform/api/v1/agent_bots");
    // @ts-expect-error account routes are not on the platform client
    void platform.GET("/api/v1/profile");
    // @ts-expect-error public routes are not on the account client
    void client.GET("/survey/responses/{conversation_uuid}", { params: { path: { conversation_uuid: "x" } } });
    // @ts-expect-error platform routes are not on the account client
    void client.GET("/platform/api/v1/agent_bots");
  });

  it("the public client takes no apiKey option", () => {
    // @ts-expect-error no token on the public Client API
    createVoxysPublicClient({ apiKey: "a-user-token" });
  });

  it("inboxIdentifier makes inbox_identifier optional; without it, calls must pass it", () => {
    expectTypeOf(publicClient).toEqualTypeOf<VoxysPublicClient>();
    expectTypeOf(publicBare).toEqualTypeOf<VoxysPublicClientWithoutInbox>();
    void publicBare.GET("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}", {
      params: { path: { inbox_identifier: "i", contact_identifier: "c" } },
    });
    // @ts-expect-error inbox_identifier is required without the inboxIdentifier option
    void publicBare.GET("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}", { params: { path: { contact_identifier: "c" } } });
    // @ts-expect-error the CSAT survey id is a string (a UUID), not the vendor's integer
    void publicClient.GET("/survey/responses/{conversation_uuid}", { params: { path: { conversation_uuid: 12 } } });
  });

  it("list items and error bodies are typed across the groups", async () => {
    for await (const message of client.paginate("/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages", { params: { path: { conversation_id: 1 } } })) {
      expectTypeOf(message).toExtend<components["schemas"]["Message"]>();
      expectTypeOf(message.content).toEqualTypeOf<string | null | undefined>();
    }
    expectTypeOf<VoxysErrorBody>().toExtend<{ error?: string } | { errors?: unknown } | { description?: string }>();
    // @ts-expect-error not a conversation-metrics type
    void client.GET("/api/v2/accounts/{account_id}/reports/conversations", { params: { query: { type: "team" } } });
  });
});
