/**
 * Contract test, tag "Auth": the one-time links that sign a customer into the
 * Quentli payment portal, through createQuentliClient against the mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids } from "./support.js";

const { client, requests } = contractClient();

describe("Auth", () => {
  it("createAuthLink: POST /v1/auth-links to a given portal URL", async () => {
    const input = { customerId: ids.customer, url: "https://portal.example.com/pagos" };
    const { data, error, response } = await client.POST("/v1/auth-links", { body: { input } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data?.url).toBe("https://portal.example.com/al/abc123");
    expect(await requests.at(-1)!.json()).toEqual({ input });
    expect(requests.at(-1)!.headers.get("authorization")).toBe("Bearer sk_test_contract_key");
  });

  it("createCustomerPortalSession: POST /v1/customer-portal-session to a named destination", async () => {
    const { data, response } = await client.POST("/v1/customer-portal-session", {
      body: { input: { destination: "home", customerId: ids.customer } },
    });
    expect(response.status).toBe(201);
    expect(new URL(data!.url).pathname).toBe("/l/abc123");
  });
});
