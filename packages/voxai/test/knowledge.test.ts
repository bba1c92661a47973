/**
 * Contract test, tag "Knowledge": knowledge bases (integer ids) and their
 * documents, including a multipart file upload, against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids, queryPairs, toFormData } from "./support.js";

const { client, lastRequest, expectViolations } = contractClient();
const knowledgePath = { knowledge_id: ids.knowledge };

describe("Knowledge", () => {
  it("createKnowledge: POST /v3/knowledges", async () => {
    const { data, response } = await client.POST("/v3/knowledges", { body: { name: "Product FAQ" } });
    expect(response.status).toBe(201);
    expect(data).toEqual({ id: 123, name: "Product FAQ", created_at: 1767225600000 });
  });

  it("listKnowledges: GET /v3/knowledges with cursor and limit", async () => {
    const { data, response } = await client.GET("/v3/knowledges", {
      params: { query: { cursor: "eyJpZCI6MTIzfQ", limit: 2 } },
    });
    expect(response.status).toBe(200);
    expect(data?.items.map((knowledge) => knowledge.id)).toEqual([123, 118]);
  });

  it("deleteKnowledge: DELETE /v3/knowledges/{knowledge_id} (an integer id)", async () => {
    const { response } = await client.DELETE("/v3/knowledges/{knowledge_id}", { params: { path: knowledgePath } });
    expect(response.status).toBe(204);
    expect(lastRequest().url.pathname).toBe("/v3/knowledges/123");
  });

  it("listKnowledgeDocuments: GET …/documents with repeated type and status filters", async () => {
    const { data, response } = await client.GET("/v3/knowledges/{knowledge_id}/documents", {
      params: {
        path: knowledgePath,
        query: {
          document_type: ["file", "text"],
          status: ["uploading", "failed"],
          sort_order: "desc",
          cursor: "eyJpZCI6IjZhMWQifQ",
          limit: 100,
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.items[0]?.token_count).toBe(812);
    expect(data?.items[1]?.webpage_urls).toEqual(["https://help.example.com/refunds"]);
    expect(queryPairs(lastRequest())).toEqual([
      ["document_type", "file"],
      ["document_type", "text"],
      ["status", "uploading"],
      ["status", "failed"],
      ["sort_order", "desc"],
      ["cursor", "eyJpZCI6IjZhMWQifQ"],
      ["limit", "100"],
    ]);
  });

  it("createKnowledgeDocument: a text document as JSON", async () => {
    const { data, response } = await client.POST("/v3/knowledges/{knowledge_id}/documents", {
      params: { path: knowledgePath },
      body: {
        name: "Refund policy",
        document_type: "text",
        text: "Refunds are accepted within 14 days of purchase with the receipt.",
      },
    });
    expect(response.status).toBe(201);
    expect(data?.status).toBe("uploading");
    expect(lastRequest().headers.get("content-type")).toBe("application/json");
  });

  it("createKnowledgeDocument: a webpage document as JSON", async () => {
    const { data, response } = await client.POST("/v3/knowledges/{knowledge_id}/documents", {
      params: { path: knowledgePath },
      body: { name: "Help center", document_type: "webpage", webpage_urls: ["https://help.example.com/refunds"] },
    });
    expect(response.status).toBe(201);
    expect(data?.knowledge_id).toBe(ids.knowledge);
  });

  it("createKnowledgeDocument: a file as multipart/form-data", async () => {
    const file = new File(["Opening hours: 09:00-18:00, Monday to Friday."], "opening-hours.txt", {
      type: "text/plain",
    });
    const { data, response } = await client.POST("/v3/knowledges/{knowledge_id}/documents", {
      params: { path: knowledgePath },
      // The generated type says `string` for a `format: binary` field; the File goes through as-is.
      body: { file: file, name: "Opening hours" },
      bodySerializer: toFormData,
    });
    expect(response.status).toBe(201);
    expect(data?.id).toBe(ids.document);
    expect(lastRequest().headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
  });

  it("createKnowledgeDocument: the mock checks the multipart fields", async () => {
    expectViolations(/required property 'file'/);
    const { response } = await client.POST("/v3/knowledges/{knowledge_id}/documents", {
      params: { path: knowledgePath },
      body: { name: "No file attached" } as { file: Blob; name: string },
      bodySerializer: toFormData,
    });
    expect(response.status).toBe(400);
  });

  it("deleteKnowledgeDocument: DELETE …/documents/{document_id}", async () => {
    const { response } = await client.DELETE("/v3/knowledges/{knowledge_id}/documents/{document_id}", {
      params: { path: { knowledge_id: ids.knowledge, document_id: ids.document } },
    });
    expect(response.status).toBe(204);
    expect(lastRequest().url.pathname).toBe(`/v3/knowledges/123/documents/${ids.document}`);
  });
});
