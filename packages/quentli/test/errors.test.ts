/**
 * The failures: a request without a key gets 401, the assumed 404 and 409 of
 * the write operations surface as typed errors in throwing mode, the mock
 * rejects a `take` above 100, and a missing or malformed key fails at
 * construction without echoing the key.
 */
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  ConfigurationError,
  ConflictError,
  createQuentliClient,
  NotFoundError,
  type QuentliApiError,
} from "../src/index.js";
import { apiKey, contractClient, ids } from "./support.js";

const { client, throwing, requests, expectViolations } = contractClient();

describe("documented and assumed failures", () => {
  it("a call without the Authorization header gets 401 { message }", async () => {
    expectViolations(/security scheme/i); // Prism flags the missing key: that is the point here.
    const { data, error, response } = await client.GET("/v1/customers", { headers: { Authorization: null } });
    expect(requests.at(-1)!.headers.has("authorization")).toBe(false);
    expect(response.status).toBe(401);
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: "Unauthorized" });
  });

  it("the same call in throwing mode raises AuthenticationError, without the key in the message", async () => {
    expectViolations(/security scheme/i);
    const failure = await throwing
      .GET("/v1/invoices/{id}", { params: { path: { id: ids.invoice } }, headers: { Authorization: null } })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AuthenticationError);
    expect((failure as QuentliApiError).status).toBe(401);
    expect((failure as QuentliApiError).body).toEqual({ message: "Unauthorized" });
    expect((failure as Error).message).not.toContain(apiKey);
  });

  it("a write against an unknown id raises NotFoundError (the spec's assumed 404)", async () => {
    const failure = await throwing
      .PATCH("/v1/invoices/{id}", {
        params: { path: { id: "inv_missing" } },
        body: { input: { data: { collectionMethod: "NONE" } } },
        headers: { Prefer: "code=404" },
      })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NotFoundError);
    expect((failure as QuentliApiError).body).toEqual({ message: "Not found" });
    expect((failure as Error).message).toMatch(/PATCH .*\/v1\/invoices\/inv_missing failed with status 404/);
  });

  it("a clashing phone number raises ConflictError (the spec's assumed 409)", async () => {
    const { error, response } = await client.POST("/v1/customers", {
      body: { input: { name: "Ana López", username: "ana_lopez", phoneNumber: "+525512345678" } },
      headers: { Prefer: "code=409" },
    });
    expect(response.status).toBe(409);
    expect(error?.message).toBe("Phone number +525512345678 is already taken");

    const failure = await throwing
      .POST("/v1/customers", {
        body: { input: { name: "Ana López", username: "ana_lopez", phoneNumber: "+525512345678" } },
        headers: { Prefer: "code=409" },
      })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConflictError);
  });

  it("take 101 is rejected before a request is sent, naming the parameter and its range", async () => {
    const sent = requests.length;
    const failure = await client.GET("/v1/customers", { params: { query: { take: 101 } } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConfigurationError);
    expect((failure as Error).message).toBe(
      "GET /v1/customers: the query parameter `take` must be an integer from 1 to 100; got 101.",
    );
    expect(requests).toHaveLength(sent);
  });
});

describe("the API key is checked at construction", () => {
  const withoutEnv = (run: () => void) => {
    const saved = process.env.QUENTLI_API_KEY;
    delete process.env.QUENTLI_API_KEY;
    try {
      run();
    } finally {
      if (saved !== undefined) process.env.QUENTLI_API_KEY = saved;
    }
  };

  it("a malformed key (not sk_) throws ConfigurationError naming apiKey and QUENTLI_API_KEY, not the key", () => {
    withoutEnv(() => {
      const failure = (() => {
        try {
          createQuentliClient({ apiKey: "pk_live_x" });
        } catch (error) {
          return error;
        }
      })();
      expect(failure).toBeInstanceOf(ConfigurationError);
      const message = (failure as Error).message;
      expect(message).toContain("`apiKey`");
      expect(message).toContain("QUENTLI_API_KEY");
      expect(message).toContain('"sk_"');
      expect(message).not.toContain("pk_live_x");
    });
  });

  it("the same check applies to a key from QUENTLI_API_KEY", () => {
    withoutEnv(() => {
      process.env.QUENTLI_API_KEY = "pk_live_x";
      expect(() => createQuentliClient()).toThrow(ConfigurationError);
      process.env.QUENTLI_API_KEY = "sk_live_from_env";
      expect(() => createQuentliClient()).not.toThrow();
      delete process.env.QUENTLI_API_KEY;
    });
  });

  it("a missing key throws ConfigurationError naming the option and the env var", () => {
    withoutEnv(() => {
      expect(() => createQuentliClient()).toThrow(ConfigurationError);
      expect(() => createQuentliClient()).toThrow(/`apiKey`.*QUENTLI_API_KEY/);
    });
  });
});
