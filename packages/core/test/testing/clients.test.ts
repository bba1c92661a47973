/** withClients: the clients a vendor's fake makes send to the fake, with retries off and the test key unless told. */
import { describe, expect, it } from "vitest";
import { createFake, withClients } from "../../src/testing/index.js";
import { type ErrorBody, type paths, spec } from "./fixture.js";

/** A stand-in factory that hands back what it was given. */
const echo = (options: object) => ({ options });

describe("withClients", () => {
  it("adds one method per factory to the same fake, each wired to its fetch with retries off", () => {
    const fake = createFake<paths, ErrorBody>(spec);
    const wired = withClients(fake, { client: echo, other: echo }, { apiKey: "test_key" });
    expect(wired).toBe(fake);
    expect(wired.client().options).toEqual({ apiKey: "test_key", maxRetries: 0, fetch: fake.fetch });
    expect(wired.other().options).toEqual({ apiKey: "test_key", maxRetries: 0, fetch: fake.fetch });
  });

  it("lets a client's options override the defaults and retries, but not the fetch", () => {
    const fake = createFake<paths, ErrorBody>(spec);
    const other = async () => new Response();
    const { options } = withClients(fake, { client: echo }, { apiKey: "test_key" }).client({
      apiKey: "mine",
      maxRetries: 2,
      timeout: 5,
      fetch: other,
    });
    expect(options).toEqual({ apiKey: "mine", maxRetries: 2, timeout: 5, fetch: fake.fetch });
  });

  it("sends no key when none is given (a client without auth)", () => {
    const fake = createFake<paths, ErrorBody>(spec);
    expect(withClients(fake, { client: echo }).client().options).toEqual({ maxRetries: 0, fetch: fake.fetch });
  });
});
