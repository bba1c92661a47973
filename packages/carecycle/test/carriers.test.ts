/**
 * Contract test, tag "Carriers": the carriers list, known only from one
 * sentence of the create-policy docs. Its answer may be a bare array or a page
 * envelope; the types make the caller narrow before reading carriers.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { components } from "../src/index.js";
import { contractClient } from "./support.js";

type Carrier = components["schemas"]["Carrier"];

const { client, requests } = contractClient();

/** The carriers of either documented-as-possible shape. */
const carriersOf = (listing: components["schemas"]["CarrierListing"]): Carrier[] =>
  Array.isArray(listing) ? listing : (listing.items ?? []);

describe("Carriers", () => {
  it("listCarriers: GET /v2/carriers with the API key and no parameters", async () => {
    const { data, error, response } = await client.GET("/v2/carriers");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(carriersOf(data!).map((carrier) => carrier.displayName)).toEqual([
      "Cigna Health and Life Insurance Company",
    ]);
    expect(requests.at(-1)!.headers.get("x-api-key")).toBe("cc_test_contract_key");
    expect(new URL(requests.at(-1)!.url).search).toBe("");
  });

  it("a page envelope is read the same way, and unknown carrier fields are kept", () => {
    const page: components["schemas"]["CarrierListing"] = {
      itemsTotal: 1,
      items: [{ displayName: "UnitedHealthcare", aliases: ["UHC"] }],
    };
    expect(carriersOf(page)).toEqual([{ displayName: "UnitedHealthcare", aliases: ["UHC"] }]);
    expectTypeOf<Carrier["displayName"]>().toEqualTypeOf<string | null | undefined>();
  });
});
