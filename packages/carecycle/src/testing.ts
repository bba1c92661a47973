/**
 * @voiceapis/carecycle/testing: an in-process fake of the CareCycle API for the tests of
 * code that calls it. Built on `@voiceapis/core/testing` with this package's types
 * and its shipped spec: each request is checked against the spec, recorded (key
 * redacted) and answered with the spec's example unless a test says otherwise.
 * Needs `ajv` and `ajv-formats` (optional peer dependencies). The main entry never
 * imports this file.
 */
import { createFake, type Fake, type FakeOptions, type OpenApiDocument, withClients } from "@voiceapis/core/testing";
import { spec } from "./generated/spec.js";
import {
  createCarecycleClient,
  type paths,
  type CarecycleClient,
  type CarecycleClientOptions,
  type CarecycleErrorBody,
} from "./index.js";

export * from "./generated/testing-core.js";

/** A key of the documented form (`cc_…`); the fake checks that a key is sent, not its value. */
export const TEST_API_KEY = "cc_test_0000000000";

export type CarecycleFakeOptions = FakeOptions<paths>;

/** A fake of the CareCycle API, typed by its spec. */
export interface CarecycleFake extends Fake<paths, CarecycleErrorBody> {
  /**
   * A Carecycle client wired to this fake, with the test key and retries off unless
   * `maxRetries` is given. Other options (`throwOnError`, `timeout`, hooks…) as usual.
   */
  client<Throws extends boolean = false>(options?: CarecycleClientOptions<Throws>): CarecycleClient<Throws>;
}

/** Creates a fake of the CareCycle API: `const fake = createCarecycleFake(); const carecycle = fake.client();` */
export function createCarecycleFake(options: CarecycleFakeOptions = {}): CarecycleFake {
  const fake = createFake<paths, CarecycleErrorBody>(spec as OpenApiDocument, options);
  return withClients(fake, { client: createCarecycleClient }, { apiKey: TEST_API_KEY }) as CarecycleFake;
}
