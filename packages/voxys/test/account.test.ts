/**
 * The `accountId` option: it fills `account_id` into every call, a call's own
 * `params.path.account_id` wins, and a client without it sends what each call passes.
 */
import { describe, expect, it } from "vitest";
import { mockUrl } from "@voiceapis/contract-harness";
import { ConfigurationError, createVoxysClient } from "../src/index.js";
import { apiKey, contractClient } from "./support.js";

const { client, fetch, requests } = contractClient();

describe("account_id", () => {
  it("comes from accountId when the call leaves it out", async () => {
    const { response } = await client.GET("/api/v1/accounts/{account_id}/leads/{id}", { params: { path: { id: 42 } } });
    expect(response.status).toBe(200);
    expect(new URL(requests.at(-1)!.url).pathname).toBe("/api/v1/accounts/1/leads/42");
  });

  it("a call's own account_id wins over accountId", async () => {
    const { data, response } = await client.GET("/api/v1/accounts/{account_id}/leads/{id}", {
      params: { path: { account_id: 7, id: 42 } },
    });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(42);
    expect(new URL(requests.at(-1)!.url).pathname).toBe("/api/v1/accounts/7/leads/42");
  });

  it("the override also applies to paginate", async () => {
    const before = requests.length;
    await client
      .paginate("/api/v1/accounts/{account_id}/follow_up_tasks", { params: { path: { account_id: 9 } } })
      .toArray();
    expect(requests.slice(before).map((r) => new URL(r.url).pathname)).toEqual(["/api/v1/accounts/9/follow_up_tasks"]);
  });

  it("without accountId, each call passes its own account_id", async () => {
    const bare = createVoxysClient({ apiKey, baseUrl: mockUrl(), fetch, maxRetries: 0 });
    const { data, response } = await bare.GET("/api/v1/accounts/{account_id}/funnels/{id}/stats", {
      params: { path: { account_id: 3, id: 3 } },
    });
    expect(response.status).toBe(200);
    expect(response.url).toMatch(/\/api\/v1\/accounts\/3\/funnels\/3\/stats$/);
    expect(data?.total_cards).toBe(45);
  });

  it("accountId must be a positive integer", () => {
    expect(() => createVoxysClient({ apiKey, accountId: 0 })).toThrow(ConfigurationError);
    expect(() => createVoxysClient({ apiKey, accountId: 1.5 })).toThrow(/accountId/);
    // A string from an env var or a URL: the message says it got a string, not "got 1".
    expect(() => createVoxysClient({ apiKey, accountId: "1" as unknown as number })).toThrow(
      /must be a positive integer .*; got the string "1"\.$/,
    );
  });
});
