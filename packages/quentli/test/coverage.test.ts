/**
 * Every operation of the spec belongs to a tag that one contract test file
 * checks in full (see `contractClient(...tags)` in each file), so together the
 * files call all of them.
 */
import { describe, expect, it } from "vitest";
import { operationsOf } from "./support.js";

/** The tags the contract test files pass to contractClient. */
const testedTags = [
  "Auth",
  "Customers",
  "Catalog",
  "Invoices",
  "Payments",
  "Payment Methods",
  "Payment Sessions",
  "Subscriptions",
  "Tax Invoices",
];

describe("operation coverage", () => {
  it("the spec has 40 operations and every one carries a tested tag", () => {
    const all = operationsOf();
    expect(all).toHaveLength(40);
    expect(operationsOf(...testedTags)).toEqual(all);
  });
});
