/**
 * Voxys answers errors in four body shapes, one per family of groups (the
 * CRM's is covered in errors.test.ts). In throwing mode each surfaces as the
 * typed error of its status, carrying the body of its family; the families
 * that document no body for 401/404 give an error with no body.
 */
import { describe, expect, it } from "vitest";
import { mockUrl } from "@voiceapis/contract-harness";
import { createVoxysClient, NotFoundError, UnprocessableEntityError, type VoxysApiError } from "../src/index.js";
import { apiKey, contractClient } from "./support.js";

const { fetch } = contractClient();
const voxys = createVoxysClient({
  apiKey,
  accountId: 1,
  baseUrl: mockUrl(),
  fetch,
  maxRetries: 0,
  throwOnError: true,
});
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as VoxysApiError,
  );

describe("error-body families", () => {
  it("Chatwoot-derived groups: 404 carries { description, errors[] }", async () => {
    const error = await failure(
      voxys.GET("/api/v1/accounts/{account_id}/contacts/{id}", {
        params: { path: { id: 999 } },
        headers: { Prefer: "code=404" },
      }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.body).toEqual({ description: "Resource could not be found", errors: [] });
  });

  it("Extended Features groups: 422 carries { errors: [messages] }", async () => {
    const error = await failure(
      voxys.POST("/api/v1/accounts/{account_id}/projects", { body: { name: "" }, headers: { Prefer: "code=422" } }),
    );
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error?.body).toEqual({ errors: ["Name can't be blank"] });
  });

  it("Extended Features groups: 404 has no body", async () => {
    const error = await failure(
      voxys.PATCH("/api/v1/accounts/{account_id}/projects/{id}", {
        params: { path: { id: 999 } },
        body: {},
        headers: { Prefer: "code=404" },
      }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.status).toBe(404);
    expect(error?.body).toBeUndefined();
  });

  it("integration groups: 422 carries { error }", async () => {
    const error = await failure(
      voxys.GET("/api/v1/accounts/{account_id}/integrations/fhir", { headers: { Prefer: "code=422" } }),
    );
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error?.body).toEqual({ error: "Integration is not connected" });
    expect(error?.message).not.toContain(apiKey);
  });
});
