/**
 * Contract test, tag "Customers" (a customer's sub-records: custom-field
 * values, dependents, policies, prescriptions, providers): every such operation
 * through createCarecycleClient against the Prism mock, request validation on.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids } from "./support.js";

const { client, requests } = contractClient();
const customer = { id: ids.customer };

describe("custom-field values", () => {
  const valuePath = { ...customer, customFieldId: ids.customFieldValue };

  it("createCustomerCustomFieldValue: POST /v2/customers/{id}/custom-fields", async () => {
    const { data, response } = await client.POST("/v2/customers/{id}/custom-fields", {
      params: { path: customer },
      body: { fieldDefinitionId: ids.customFieldDefinition, selectValue: "Spanish" },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({
      fieldDefinitionId: ids.customFieldDefinition,
      recordId: ids.customer,
      selectValue: "Spanish",
    });
  });

  it("updateCustomerCustomFieldValue: PATCH /v2/customers/{id}/custom-fields/{customFieldId}", async () => {
    const { data, response } = await client.PATCH("/v2/customers/{id}/custom-fields/{customFieldId}", {
      params: { path: valuePath },
      body: { selectValue: "Vietnamese", textValue: null },
    });
    expect(response.status).toBe(200);
    expect(data?.selectValue).toBe("Vietnamese");
    expect(new URL(requests.at(-1)!.url).pathname).toBe(
      `/v2/customers/${ids.customer}/custom-fields/${ids.customFieldValue}`,
    );
  });

  it("deleteCustomerCustomFieldValue: DELETE /v2/customers/{id}/custom-fields/{customFieldId}", async () => {
    const { data, response } = await client.DELETE("/v2/customers/{id}/custom-fields/{customFieldId}", {
      params: { path: valuePath },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ success: true, message: "Custom field value deleted successfully" });
  });
});

describe("dependents", () => {
  it("createCustomerDependent: POST /v2/customers/{id}/dependents", async () => {
    const { data, response } = await client.POST("/v2/customers/{id}/dependents", {
      params: { path: customer },
      body: {
        firstName: "Renee",
        lastName: "Delacroix",
        dateOfBirth: "1961-02-08",
        gender: "Female",
        annualIncome: 16000,
        relationshipType: "Spouse",
        phone: "+13128471929",
        isCovered: true,
        coverageStartDate: "2026-04-01",
        isActive: true,
      },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ customerId: ids.customer, relationshipType: "Spouse", isCovered: true });
  });
});

describe("policies", () => {
  it("createCustomerPolicy: POST /v2/customers/{id}/policies", async () => {
    const { data, response } = await client.POST("/v2/customers/{id}/policies", {
      params: { path: customer },
      body: {
        policyType: "MAPD",
        policySubType: "HMO",
        carrierName: "Aetna",
        planName: "Medicare Elite",
        planCode: "H1290-036-001",
        planState: "AZ",
        status: "Active",
        effectiveDate: "2026-04-01",
        aorFirstName: "John",
        aorLastName: "Doe",
        aorNpn: "123456789",
        policyLives: 3,
      },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ customerId: ids.customer, policyType: "MAPD", planCode: "H1290-036-001" });
  });

  it("updateCustomerPolicy: PATCH /v2/customers/{id}/policies/{policyId}", async () => {
    const { data, response } = await client.PATCH("/v2/customers/{id}/policies/{policyId}", {
      params: { path: { ...customer, policyId: ids.policy } },
      body: { status: "Pending Followup", sepNotes: null },
    });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(ids.policy);
    expect(data?.status).toBe("Pending Followup");
  });
});

describe("prescriptions", () => {
  it("updateCustomerPrescription: PATCH /v2/customers/{id}/prescriptions/{prescriptionId}", async () => {
    const { data, response } = await client.PATCH("/v2/customers/{id}/prescriptions/{prescriptionId}", {
      params: { path: { ...customer, prescriptionId: ids.prescription } },
      body: { dosage: "1000 mg", frequency: "Twice daily", route: "Oral", status: "Active" },
    });
    expect(response.status).toBe(200);
    expect(data?.dosage).toBe("1000 mg");
  });
});

describe("providers", () => {
  const providerPath = { ...customer, providerId: ids.provider };

  it("createCustomerProvider: POST /v2/customers/{id}/providers", async () => {
    const { data, response } = await client.POST("/v2/customers/{id}/providers", {
      params: { path: customer },
      body: {
        providerType: "Primary Care",
        specialty: "Family Medicine",
        providerName: "Dr. Elena Ortiz",
        practiceName: "Mesa Family Health",
        npi: "1457382910",
        phone: "+14805550190",
        city: "Mesa",
        state: "AZ",
        postalCode: "85209",
        isPrimaryProvider: true,
      },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({
      providerType: "Primary Care",
      providerName: "Dr. Elena Ortiz",
      isPrimaryProvider: true,
    });
  });

  it("updateCustomerProvider: PATCH /v2/customers/{id}/providers/{providerId}", async () => {
    const { data, response } = await client.PATCH("/v2/customers/{id}/providers/{providerId}", {
      params: { path: providerPath },
      body: { phone: "+14805550199" },
    });
    expect(response.status).toBe(200);
    expect(data?.phone).toBe("+14805550199");
  });

  it("deleteCustomerProvider: DELETE /v2/customers/{id}/providers/{providerId}", async () => {
    const { data, response } = await client.DELETE("/v2/customers/{id}/providers/{providerId}", {
      params: { path: providerPath },
    });
    expect(response.status).toBe(200);
    expect(data?.success).toBe(true);
  });
});
