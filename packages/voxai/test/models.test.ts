/**
 * Contract test, tag "Models": the voice and language model catalogues and a
 * voice clone uploaded as multipart/form-data, against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, queryPairs, toFormData } from "./support.js";

const { client, lastRequest, expectViolations } = contractClient();

describe("Models", () => {
  it("listVoiceModels: GET /v3/models/voices filtered by provider and language", async () => {
    const { data, response } = await client.GET("/v3/models/voices", {
      params: { query: { provider: "elevenlabs", language: "ko-KR", cursor: "eyJpZCI6IjIxbTAifQ", limit: 50 } },
    });
    expect(response.status).toBe(200);
    expect(data?.items[0]?.language).toBe("ko-KR");
    expect(data?.items[0]?.capabilities).toMatchObject({ speed: { min: 0.7, max: 1.2 } });
    expect(queryPairs(lastRequest())).toEqual([
      ["provider", "elevenlabs"],
      ["language", "ko-KR"],
      ["cursor", "eyJpZCI6IjIxbTAifQ"],
      ["limit", "50"],
    ]);
  });

  it("createVoiceModel: POST /v3/models/voices uploads a clip as multipart/form-data", async () => {
    const clip = new File([new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x24, 0x00, 0x00, 0x00])], "store-manager.wav", {
      type: "audio/wav",
    });
    const { data, response } = await client.POST("/v3/models/voices", {
      // The generated type says `string` for a `format: binary` field; the File goes through as-is.
      body: { clip: clip, name: "Store manager voice", language: "ko-KR" },
      bodySerializer: toFormData,
    });
    expect(response.status).toBe(201);
    expect(data?.id).toBe("pNInz6obpgDQGcFmaJgB");
    expect(data?.sample_url).toBeNull();
    expect(lastRequest().headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
  });

  it("createVoiceModel: the mock checks the multipart fields", async () => {
    // One violation that names both missing fields.
    expectViolations(/^(?=[\s\S]*required property 'clip')(?=[\s\S]*required property 'language')/);
    const { response } = await client.POST("/v3/models/voices", {
      body: { name: "Store manager voice" } as { clip: Blob; name: string; language: string },
      bodySerializer: toFormData,
    });
    expect(response.status).toBe(400);
  });

  it("listLlmModels: GET /v3/models/llms", async () => {
    const { data, response } = await client.GET("/v3/models/llms", { params: { query: { limit: 100 } } });
    expect(response.status).toBe(200);
    expect(data?.items[0]?.id).toBe("openai/gpt-5.2");
    expect(data?.items[0]?.capabilities).toEqual({ temperature: { min: 0, max: 2, default: 1 } });
  });
});
