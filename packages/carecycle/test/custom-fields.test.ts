/**
 * Contract test, tag "CustomFields": every custom-field definition operation
 * through createCarecycleClient against the Prism mock, request validation on.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids, queryOf } from "./support.js";

const { client, requests } = contractClient();

describe("CustomFields", () => {
  it("listCustomFieldDefinitions: GET /v2/custom-fields with every filter", async () => {
    const { data, error, response } = await client.GET("/v2/custom-fields", {
      params: { query: { page: 1, limit: 20, recordType: "customers", sortBy: "fieldLabel", sortOrder: "asc" } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.items.map((definition) => definition.fieldKey)).toEqual(["preferred_language", "utm_campaign"]);
    expect(queryOf(requests.at(-1)!)).toEqual({
      page: "1",
      limit: "20",
      recordType: "customers",
      sortBy: "fieldLabel",
      sortOrder: "asc",
    });
  });

  it("createCustomFieldDefinition: POST /v2/custom-fields", async () => {
    const { data, response } = await client.POST("/v2/custom-fields", {
      body: {
        recordType: "customers",
        fieldLabel: "Preferred language",
        fieldDescription: "The language the customer wants agents to speak.",
        fieldType: "select",
        isRequired: false,
        options: ["English", "Spanish", "Vietnamese"],
        validationRules: { maxSelections: 1 },
      },
    });
    expect(response.status).toBe(201);
    expect(data?.fieldKey).toBe("preferred_language");
    expect(data?.fieldType).toBe("select");
  });

  it("getCustomFieldDefinition: GET /v2/custom-fields/{id}", async () => {
    const { data, response } = await client.GET("/v2/custom-fields/{id}", {
      params: { path: { id: ids.customFieldDefinition } },
    });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(ids.customFieldDefinition);
    expect(data?.options).toEqual(["English", "Spanish", "Vietnamese"]);
  });

  it("updateCustomFieldDefinition: PUT /v2/custom-fields/{id} with only the changed field", async () => {
    const { data, response } = await client.PUT("/v2/custom-fields/{id}", {
      params: { path: { id: ids.customFieldDefinition } },
      body: { options: ["English", "Spanish", "Vietnamese", "Tagalog"] },
    });
    expect(response.status).toBe(200);
    expect(data?.options).toContain("Tagalog");
  });
});
