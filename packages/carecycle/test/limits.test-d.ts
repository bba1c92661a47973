// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Type-level tests: parameters and bodies outside the spec do not compile, and
 * responses and webhook events are typed from it.
 */
import { describe, expectTypeOf, it } from "vitest";
import { type CarecycleErrorCode, type CarecycleWebhookEvent, createCarecycleClient, verifyWebhook } from "../src/index.js";

const client = createCarecycleClient({ apiKey: "cc_types" });
const id = "497f6eca-6276-4993-bfeb-53cbbbba6f08";

describe("CareCycle parameter types", () => {
  it("types page sizes as number, so a size in a variable compiles (1 to 100 is checked before the request)", () => {
    const pageSize: number = 100;
    void client.GET("/v2/customers", { params: { query: { limit: pageSize, page: 3 } } });
    void client.GET("/v2/campaigns", { params: { query: { limit: 1 } } });
    void client.paginate("/v2/customers", { params: { query: { limit: pageSize } } });
    // @ts-expect-error a page size is a number, not a string
    void client.GET("/v2/customers", { params: { query: { limit: "100" } } });
    // @ts-expect-error `limt` (did you mean 'limit'?)
    void client.GET("/v2/custom-fields", { params: { query: { limt: 10 } } });
  });

  it("rejects sort fields of another list, unknown enum values and unknown parameters", () => {
    void client.GET("/v2/customers/{id}/calls", { params: { path: { id }, query: { sortBy: "duration" } } });
    // @ts-expect-error "duration" sorts calls, not customers
    void client.GET("/v2/customers", { params: { query: { sortBy: "duration" } } });
    // @ts-expect-error sort direction is asc or desc
    void client.GET("/v2/campaigns", { params: { query: { sortOrder: "ascending" } } });
    // @ts-expect-error not a documented campaign status
    void client.GET("/v2/campaigns", { params: { query: { status: "running" } } });
    // @ts-expect-error multi-value filters are one comma-separated string, not an array
    void client.GET("/v2/customers", { params: { query: { states: ["AZ", "NM"] } } });
    // @ts-expect-error unknown query parameter (the page size is `limit`)
    void client.GET("/v2/customers", { params: { query: { pageSize: 10 } } });
  });

  it("requires required parameters and body fields", () => {
    // @ts-expect-error campaignId is required
    void client.GET("/v2/sources/performance", { params: { query: { startDate: "2026-05-01T00:00:00Z" } } });
    // @ts-expect-error every lead needs a phoneNumber
    void client.POST("/v2/leads/upload", { body: { records: [{ firstName: "Alma", postalCode: "85204" }] } });
    // @ts-expect-error an ACA record needs firstName, lastName and phoneNumber
    void client.POST("/v2/sync/aca", { body: { records: [{ phoneNumber: "4805550172" }] } });
    // @ts-expect-error the Medicare sync accepts only MA, MAPD, MS and PDP policies
    void client.POST("/v2/sync/medicare", { body: { records: [{ phoneNumber: "4805550172", policies: [{ policyType: "ACA" }] }] } });
    // @ts-expect-error a restriction needs memberId and sourceId
    void client.POST("/v2/campaigns/{campaignId}/agent-source-restrictions", { params: { path: { campaignId: id } }, body: { memberId: id } });
    // @ts-expect-error not a path of this API (there is no create-customer operation)
    void client.POST("/v2/customers", { body: {} });
  });

  it("types data and error bodies from the spec", async () => {
    const { data, error } = await client.GET("/v2/customers/{id}", { params: { path: { id } } });
    expectTypeOf(data?.status).toEqualTypeOf<"Lead" | "Active" | "Inactive" | null | undefined>();
    expectTypeOf<CarecycleErrorCode>().toEqualTypeOf<
      "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "VALIDATION_ERROR" | "RATE_LIMIT_EXCEEDED" | "INTERNAL_ERROR"
    >();
    // The docs type `code` as a plain string on every error but the validation one, so any string is accepted.
    expectTypeOf(error?.code).toEqualTypeOf<string | undefined>();
    expectTypeOf<CarecycleErrorCode>().toMatchTypeOf<NonNullable<typeof error>["code"]>();
  });
});

describe("webhook event types", () => {
  it("narrows the event on event_type", () => {
    const event = verifyWebhook("{}", {}, "whsec_");
    expectTypeOf(event).toEqualTypeOf<CarecycleWebhookEvent>();
    expectTypeOf(event.event_type).toEqualTypeOf<"customer.created" | "customer.updated" | "call.completed">();
    if (event.event_type === "call.completed") {
      expectTypeOf(event.durationMs).toEqualTypeOf<number | null | undefined>();
    } else {
      expectTypeOf(event.phoneNumber).toEqualTypeOf<string | null | undefined>();
      // The customer object was cut short in the docs, so other fields are allowed, but untyped.
      expectTypeOf(event.durationMs).toEqualTypeOf<unknown>();
    }
  });
});
