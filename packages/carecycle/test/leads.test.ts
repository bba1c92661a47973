/**
 * Contract test, tag "Leads": the bulk lead upload through createCarecycleClient
 * against the Prism mock, request validation on.
 */
import { describe, expect, it } from "vitest";
import type { components } from "../src/index.js";
import { contractClient, ids } from "./support.js";

const { client, requests } = contractClient();

describe("Leads", () => {
  it("uploadLeads: POST /v2/leads/upload with each phone format and optional fields", async () => {
    const records: components["schemas"]["LeadRecord"][] = [
      {
        phoneNumber: "+13128471928",
        firstName: "Marcus",
        lastName: "Delacroix",
        email: "marcus.delacroix@example.com",
        postalCode: "85204",
        state: "AZ",
        city: "Mesa",
        dateOfBirth: "04-12-1958",
        gender: "Male",
        maritalStatus: "Married",
        medicaid: false,
        veteran: true,
        mbiNumber: "1EG4TE5MK73",
        doNotSMS: true,
        externalId: "CRM-48213",
        sourceId: "facebook-medicare",
        leadCost: 18.5,
        customFields: [{ fieldKey: "utm_campaign", value: "aep-2026" }],
      },
      {
        phoneNumber: "(480) 555-0188",
        firstName: "Alma",
        lastName: "Torres",
        timezone: "America/Phoenix",
        externalId: "CRM-48214",
      },
      { phoneNumber: "4805550172", timezone: "MST", dateOfBirth: "09/30/1987", sourceId: ids.source },
    ];
    const { data, error, response } = await client.POST("/v2/leads/upload", { body: { records } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ succeeded: 1, failed: 1 });
    expect(data?.errors[0]?.externalId).toBe("CRM-48214");
    expect(data?.results?.[0]?.phoneNumber).toBe("+13128471928");
    expect(((await requests.at(-1)!.json()) as { records: unknown[] }).records).toHaveLength(3);
  });
});
