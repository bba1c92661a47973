/**
 * Type-level tests: parameters outside the spec do not compile.
 */
import { describe, expectTypeOf, it } from "vitest";
import { createVoxfraClient } from "../src/index.js";

const client = createVoxfraClient({ apiKey: "vox_mgmt_types" });

describe("Voxfra parameter types", () => {
  it("accepts limits from 1 to 200 and rejects the rest", () => {
    void client.GET("/v1/calls", { params: { query: { limit: 200 } } });
    void client.GET("/v1/customers", { params: { query: { limit: 1 } } });
    // @ts-expect-error 201 is above the documented maximum of 200
    void client.GET("/v1/calls", { params: { query: { limit: 201 } } });
    // @ts-expect-error 0 is below the documented minimum of 1
    void client.GET("/v1/customers", { params: { query: { limit: 0 } } });
    void client.GET("/v1/calls/evaluations", { params: { query: { limit: 200, offset: 0 } } });
    // @ts-expect-error the evaluations list takes the same bounds as the other lists
    void client.GET("/v1/calls/evaluations", { params: { query: { limit: 201 } } });
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
