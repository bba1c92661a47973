/**
 * A client limited to some routes (Voxys splits one API between three clients)
 * refuses any other path before a request is sent, in both modes.
 */
import { describe, expect, it } from "vitest";
import { createApiClient } from "../src/client.js";
import { SdkError } from "../src/errors.js";
import { API_KEY, BASE_URL, json, type LooseClient, rejection, stubFetch, testVendor } from "./helpers.js";

const routes = {
  accepts: (path: string) => path.startsWith("/public/"),
  hint: "use the account client for /v1 routes.",
};

describe("routes", () => {
  it.each([false, true])(
    "throwOnError %s: another path rejects with an SdkError naming it, and nothing is sent",
    async (throwOnError) => {
      const stub = stubFetch(() => json(200, {}));
      const client = createApiClient<any, {}, boolean>(
        { ...testVendor, routes },
        { apiKey: API_KEY, baseUrl: BASE_URL, fetch: stub.fetch, throwOnError },
      ) as unknown as LooseClient;
      const error = await rejection(client.GET("/v1/things"));
      expect(error).toBeInstanceOf(SdkError);
      expect((error as Error).message).toBe(
        '"/v1/things" is not a route of this client: use the account client for /v1 routes.',
      );
      expect(stub.sent).toHaveLength(0);
    },
  );

  it("an accepted path is sent", async () => {
    const stub = stubFetch(() => json(200, { ok: true }));
    const client = createApiClient<any>(
      { ...testVendor, routes },
      { apiKey: API_KEY, baseUrl: BASE_URL, fetch: stub.fetch },
    ) as unknown as LooseClient;
    const { data } = await client.GET("/public/things");
    expect(data).toEqual({ ok: true });
    expect(stub.sent).toHaveLength(1);
  });
});
