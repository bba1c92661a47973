/**
 * The demo host and the production key (issue 14 §4): on QUENTLI_DEMO_URL the
 * client never falls back to QUENTLI_API_KEY, and refuses that key if it is
 * passed, so the production key cannot reach the demo host by mistake.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationError, createQuentliClient, QUENTLI_DEMO_URL } from "../src/index.js";

const production = "sk_live_production_key_for_this_test";
let saved: string | undefined;
beforeEach(() => {
  saved = process.env.QUENTLI_API_KEY;
  process.env.QUENTLI_API_KEY = production;
});
afterEach(() => {
  if (saved === undefined) delete process.env.QUENTLI_API_KEY;
  else process.env.QUENTLI_API_KEY = saved;
});

function failure(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

describe("the demo host", () => {
  it("without apiKey (an unset QUENTLI_DEMO_API_KEY), creating a client throws instead of using QUENTLI_API_KEY", () => {
    const error = failure(() =>
      createQuentliClient({ apiKey: process.env.QUENTLI_DEMO_API_KEY_UNSET_IN_THIS_TEST, baseUrl: QUENTLI_DEMO_URL }),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/demo host needs a demo key in the `apiKey` option/);
    expect(error.message).not.toContain(production);
  });

  it("the production key passed as apiKey is refused there too, without repeating it", () => {
    const error = failure(() => createQuentliClient({ apiKey: production, baseUrl: `${QUENTLI_DEMO_URL}/` }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/production key from QUENTLI_API_KEY/);
    expect(error.message).not.toContain(production);
  });

  it("a demo key works, and the production host still falls back to QUENTLI_API_KEY", () => {
    expect(() => createQuentliClient({ apiKey: "sk_test_demo", baseUrl: QUENTLI_DEMO_URL })).not.toThrow();
    expect(() => createQuentliClient()).not.toThrow();
  });
});
