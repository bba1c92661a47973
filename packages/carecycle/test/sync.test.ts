/**
 * Contract test, tag "Sync": the ACA and Medicare bulk upserts through
 * createCarecycleClient against the Prism mock, request validation on.
 */
import { describe, expect, it } from "vitest";
import { contractClient } from "./support.js";

const { client } = contractClient();

describe("Sync", () => {
  it("syncAcaCustomers: POST /v2/sync/aca with a customer and a policy", async () => {
    const { data, error, response } = await client.POST("/v2/sync/aca", {
      body: {
        records: [
          {
            firstName: "Priya",
            lastName: "Raman",
            phoneNumber: "4805550172",
            email: "priya.raman@example.com",
            postalCode: "85281",
            state: "AZ",
            city: "Tempe",
            dateOfBirth: "09/30/1987",
            householdIncome: 41000,
            healthSherpaCustomerId: "hs_cus_7Qm2Lx9",
            externalId: "CRM-50127",
            policies: [
              {
                planName: "Ambetter Balanced Care 12",
                planCode: "91450AZ0080012",
                carrierName: "Ambetter",
                effectiveDate: "2026-01-01",
                enrollmentDate: "2025-12-10",
                aorNpn: "19283746",
                policyNumber: "U7041123301",
                planState: "AZ",
                healthSherpaPolicyId: "hs_pol_4Kd81Zq",
                carrierAssignedPolicyId: "AMB-55012873",
                status: "Active",
                policyLives: 1,
              },
            ],
          },
        ],
      },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ succeeded: 1, failed: 0, errors: [] });
    const policy = data?.results?.[0]?.policies?.[0];
    expect(policy?.policyType).toBe("ACA");
    expect(policy?.previousStatus).toBeNull();
  });

  it("syncMedicareCustomers: POST /v2/sync/medicare, which may auto-terminate an old policy", async () => {
    const { data, response } = await client.POST("/v2/sync/medicare", {
      body: {
        records: [
          {
            mbiNumber: "1EG4TE5MK73",
            phoneNumber: "+13128471928",
            firstName: "Marcus",
            lastName: "Delacroix",
            postalCode: "85204",
            dateOfBirth: "04-12-1958",
            externalId: "CRM-48213",
            policies: [
              {
                policyType: "MAPD",
                carrierName: "Aetna",
                planName: "Medicare Elite",
                planCode: "H1290-036-001",
                effectiveDate: "2026-04-01",
                sunFireEnrollmentCode: "SF-7731902",
                status: "Active",
              },
            ],
          },
        ],
      },
    });
    expect(response.status).toBe(200);
    const policies = data?.results?.[0]?.policies ?? [];
    expect(policies.map((policy) => [policy.status, policy.previousStatus])).toEqual([
      ["Active", null],
      ["Terminated", "Active"],
    ]);
  });
});
