/**
 * Every operation of the spec belongs to a tag whose test file checks (in its
 * afterAll) that it called all of that tag's operations. This file makes sure
 * no operation falls outside those tags.
 */
import { describe, expect, it } from "vitest";
import { isCustomerRecordPath, operationsOf } from "./support.js";

const testedTags = ["Campaigns", "Carriers", "Customers", "CustomFields", "Leads", "Sync", "Sources"];

describe("contract coverage", () => {
  it("every operation of the spec is in a tested tag", () => {
    const all = operationsOf();
    const covered = new Set(testedTags.flatMap((tag) => operationsOf(tag)));
    expect(all.filter((operation) => !covered.has(operation))).toEqual([]);
    expect(all).toHaveLength(27);
  });

  it("customers.test.ts and customer-records.test.ts split the Customers tag between them", () => {
    const records = operationsOf("Customers", isCustomerRecordPath);
    const rest = operationsOf("Customers", (path) => !isCustomerRecordPath(path));
    expect([records.length, rest.length]).toEqual([10, 4]);
  });
});
