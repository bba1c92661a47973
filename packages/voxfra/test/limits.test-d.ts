// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Type-level tests: parameters outside the spec do not compile; bounded page
 * sizes are plain numbers (their bounds are checked before the request).
 */
import { describe, expectTypeOf, it } from "vitest";
import { createVoxfraClient } from "../src/index.js";

const client = createVoxfraClient({ apiKey: "vox_mgmt_types" });

describe("Voxfra parameter types", () => {
  it("types bounded page sizes as number, so a size in a variable compiles (the bounds are checked at run time)", () => {
    const pageSize: number = 50;
    void client.GET("/v1/calls", { params: { query: { limit: pageSize } } });
    void client.GET("/v1/customers", { params: { query: { limit: 1, offset: pageSize } } });
    void client.paginate("/v1/customers", { params: { query: { limit: pageSize } } });
    type CallsQuery = NonNullable<NonNullable<NonNullable<Parameters<typeof client.GET<"/v1/calls">>[1]>["params"]>["query"]>;
    expectTypeOf<CallsQuery["limit"]>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error still a number, not a string
    void client.GET("/v1/calls", { params: { query: { limit: "50" } } });
  });

  it("rejects unknown enum values, parameters, paths and missing body fields", () => {
    // @ts-expect-error not a documented customer status
    void client.GET("/v1/customers", { params: { query: { customer_status: "vip" } } });
    // @ts-expect-error unknown query parameter
    void client.GET("/v1/calls", { params: { query: { page: 2 } } });
    // @ts-expect-error a required body field is missing
    void client.POST("/v1/clients", { body: { name: "ABC Motors", type: "automotive" } });
    // @ts-expect-error not a path of this API
    void client.GET("/v1/clients");
  });

  it("types data from the response schema", async () => {
    const { data } = await client.GET("/v1/auth/me");
    expectTypeOf(data?.environment).toEqualTypeOf<"production" | "sandbox" | undefined>();
  });
});

describe("throwing mode", () => {
  it("types data as always present", async () => {
    const throwing = createVoxfraClient({ apiKey: "vox_mgmt_types", throwOnError: true });
    const { data } = await throwing.GET("/v1/auth/me");
    // The docs mark no field of the key record required, so each may be missing.
    expectTypeOf(data.environment).toEqualTypeOf<"production" | "sandbox" | undefined>();
    const { data: calls } = await throwing.GET("/v1/calls", { params: { query: { limit: 10 } } });
    expectTypeOf(calls.pagination.total).toEqualTypeOf<number>();
  });
});
