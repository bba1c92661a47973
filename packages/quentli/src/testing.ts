/**
 * @voiceapis/quentli/testing: an in-process fake of the Quentli REST API for the tests of
 * code that calls it. Built on `@voiceapis/core/testing` with this package's types
 * and its shipped spec: each request is checked against the spec, recorded (key
 * redacted) and answered with the spec's example unless a test says otherwise.
 * Needs `ajv` and `ajv-formats` (optional peer dependencies). The main entry never
 * imports this file.
 */
import { createFake, type Fake, type FakeOptions, type OpenApiDocument, withClients } from "@voiceapis/core/testing";
import { spec } from "./generated/spec.js";
import {
  createQuentliClient,
  type paths,
  type QuentliClient,
  type QuentliClientOptions,
  type QuentliErrorBody,
} from "./index.js";

export * from "./generated/testing-core.js";

/** A key of the documented form (`sk_…`); the fake checks that a key is sent, not its value. */
export const TEST_API_KEY = "sk_test_0000000000";

export type QuentliFakeOptions = FakeOptions<paths>;

/** A fake of the Quentli REST API, typed by its spec. */
export interface QuentliFake extends Fake<paths, QuentliErrorBody> {
  /**
   * A Quentli client wired to this fake, with the test key and retries off unless
   * `maxRetries` is given. Other options (`throwOnError`, `timeout`, hooks…) as usual.
   */
  client<Throws extends boolean = false>(options?: QuentliClientOptions<Throws>): QuentliClient<Throws>;
}

/** Creates a fake of the Quentli REST API: `const fake = createQuentliFake(); const quentli = fake.client();` */
export function createQuentliFake(options: QuentliFakeOptions = {}): QuentliFake {
  const fake = createFake<paths, QuentliErrorBody>(spec as OpenApiDocument, options);
  return withClients(fake, { client: createQuentliClient }, { apiKey: TEST_API_KEY }) as QuentliFake;
}
