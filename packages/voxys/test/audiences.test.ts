/**
 * The three clients and their audiences: the public client sends no token and
 * refuses one, the platform client reads its own token, and each client
 * refuses the routes of the others before a request leaves.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { mockUrl } from "@voiceapis/contract-harness";
import {
  ConfigurationError,
  createVoxysClient,
  createVoxysPlatformClient,
  createVoxysPublicClient,
  SdkError,
} from "../src/index.js";
import { apiKey, contractClient, publicContractClient } from "./support.js";

const PLATFORM_TOKEN = "voxys_platform_test_token";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("public client (Client API and CSAT page)", () => {
  const { client, requests } = publicContractClient();

  it("fills inbox_identifier from inboxIdentifier and sends no token, even with VOXYS_API_KEY set", async () => {
    vi.stubEnv("VOXYS_API_KEY", apiKey);
    const { data, response } = await client.GET(
      "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}",
      {
        params: { path: { contact_identifier: "c0ntact-s0urce-1d" } },
      },
    );
    expect(response.status).toBe(200);
    expect(data).toBeDefined();
    const sent = requests.at(-1)!;
    expect(new URL(sent.url).pathname).toBe("/public/api/v1/inboxes/example-inbox/contacts/c0ntact-s0urce-1d");
    expect(sent.headers.get("api_access_token")).toBeNull();
  });

  it("reads the CSAT page as text, with the survey UUID in the path", async () => {
    const uuid = "3f2b6c1e-8a4d-4b7e-9c2a-1d5e6f7a8b9c";
    const { data, response } = await client.GET("/survey/responses/{conversation_uuid}", {
      params: { path: { conversation_uuid: uuid } },
      parseAs: "text",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(typeof data).toBe("string");
  });

  it("refuses an apiKey at construction, so a user token cannot travel with public calls", () => {
    const options = { apiKey } as Parameters<typeof createVoxysPublicClient>[0];
    expect(() => createVoxysPublicClient(options)).toThrow(ConfigurationError);
  });

  it("refuses an empty inboxIdentifier at construction", () => {
    expect(() => createVoxysPublicClient({ inboxIdentifier: " " })).toThrow(/inboxIdentifier/);
  });

  it("refuses account and platform routes before sending anything", async () => {
    const before = requests.length;
    const loose = client as unknown as { GET: (path: string, init?: unknown) => Promise<unknown> };
    await expect(
      loose.GET("/api/v1/accounts/{account_id}/contacts", { params: { path: { account_id: 1 } } }),
    ).rejects.toThrow(SdkError);
    await expect(loose.GET("/platform/api/v1/agent_bots")).rejects.toThrow(/createVoxysClient/);
    expect(requests.length).toBe(before);
  });
});

describe("platform client", () => {
  it("reads its token from VOXYS_PLATFORM_API_KEY (not VOXYS_API_KEY) and sends it in api_access_token", async () => {
    vi.stubEnv("VOXYS_PLATFORM_API_KEY", PLATFORM_TOKEN);
    vi.stubEnv("VOXYS_API_KEY", apiKey);
    const sent: Request[] = [];
    const platform = createVoxysPlatformClient({
      baseUrl: mockUrl(),
      maxRetries: 0,
      fetch: (request) => {
        sent.push(request.clone());
        return fetch(request);
      },
    });
    const { data, response } = await platform.GET("/platform/api/v1/users/{id}/login", { params: { path: { id: 1 } } });
    expect(response.status).toBe(200);
    expect(data?.url).toMatch(/^https:\/\//);
    expect(sent[0]!.headers.get("api_access_token")).toBe(PLATFORM_TOKEN);
  });

  it("without a token, construction fails and names VOXYS_PLATFORM_API_KEY", () => {
    vi.stubEnv("VOXYS_PLATFORM_API_KEY", "");
    expect(() => createVoxysPlatformClient()).toThrow(/VOXYS_PLATFORM_API_KEY/);
  });

  it("the mock answers a platform route without the token with 401", async () => {
    const platform = createVoxysPlatformClient({ apiKey: PLATFORM_TOKEN, baseUrl: mockUrl(), maxRetries: 0 });
    const { error, response } = await platform.GET("/platform/api/v1/agent_bots", {
      headers: { api_access_token: null },
    });
    expect(response.status).toBe(401);
    expect(error).toBeDefined();
  });

  it("refuses account routes before sending anything", async () => {
    const platform = createVoxysPlatformClient({ apiKey: PLATFORM_TOKEN, baseUrl: mockUrl() });
    const loose = platform as unknown as { GET: (path: string, init?: unknown) => Promise<unknown> };
    await expect(loose.GET("/api/v1/profile")).rejects.toThrow('"/api/v1/profile" is not a route of this client');
  });
});

describe("account client", () => {
  const { client, requests } = contractClient();

  it("refuses /public, /survey and /platform routes before sending anything", async () => {
    const loose = client as unknown as { GET: (path: string, init?: unknown) => Promise<unknown> };
    for (const path of ["/public/api/v1/inboxes/x/contacts/y", "/survey/responses/z", "/platform/api/v1/agent_bots"]) {
      await expect(loose.GET(path)).rejects.toThrow(/createVoxysPublicClient|createVoxysPlatformClient/);
    }
    expect(requests).toHaveLength(0);
  });

  it("refuses a platform or public route reached through dot segments, backslashes, control characters or escapes, before sending anything", async () => {
    const loose = client as unknown as { GET: (path: string, init?: unknown) => Promise<unknown> };
    for (const path of [
      "/api/../platform/api/v1/users/1",
      "/api/v1/%2e%2e/%2E%2E/public/api/v1/inboxes/x",
      "/api/./v1/profile",
      "/api\\..\\platform/api/v1/users/1",
      "/api/.\t./platform/api/v1/users/1",
      "/\tplatform/api/v1/users/1",
      "/%70latform/api/v1/users/1",
    ]) {
      await expect(loose.GET(path)).rejects.toBeInstanceOf(ConfigurationError);
    }
    expect(requests).toHaveLength(0);
  });

  it("reaches the profile route, which has no account segment", async () => {
    const { data, response } = await client.GET("/api/v1/profile");
    expect(response.status).toBe(200);
    expect(data?.email).toBeTruthy();
  });

  it("an account client built without accountId still needs account_id (checked again at runtime by the mock)", async () => {
    const bare = createVoxysClient({ apiKey, baseUrl: mockUrl(), maxRetries: 0 });
    const { response } = await bare.GET("/api/v1/accounts/{account_id}/labels", {
      params: { path: { account_id: 3 } },
    });
    expect(response.status).toBe(200);
  });
});
