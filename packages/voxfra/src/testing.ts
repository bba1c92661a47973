/**
 * @voiceapis/voxfra/testing: an in-process fake of the Voxfra API for the tests of
 * code that calls it. Built on `@voiceapis/core/testing` with this package's types
 * and its shipped spec: each request is checked against the spec, recorded (key
 * redacted) and answered with the spec's example unless a test says otherwise.
 * Needs `ajv` and `ajv-formats` (optional peer dependencies). The main entry never
 * imports this file.
 */
import { createFake, type Fake, type FakeOptions, type OpenApiDocument, withClients } from "@voiceapis/core/testing";
import { spec } from "./generated/spec.js";
import {
  createVoxfraClient,
  type paths,
  type VoxfraClient,
  type VoxfraClientOptions,
  type VoxfraErrorBody,
} from "./index.js";

export * from "./generated/testing-core.js";

/** A key of the documented form (`vox_mgmt_…`); the fake checks that a key is sent, not its value. */
export const TEST_API_KEY = "vox_mgmt_test_0000000000";

export type VoxfraFakeOptions = FakeOptions<paths>;

/** A fake of the Voxfra API, typed by its spec. */
export interface VoxfraFake extends Fake<paths, VoxfraErrorBody> {
  /**
   * A Voxfra client wired to this fake, with the test key and retries off unless
   * `maxRetries` is given. Other options (`throwOnError`, `timeout`, hooks…) as usual.
   */
  client<Throws extends boolean = false>(options?: VoxfraClientOptions<Throws>): VoxfraClient<Throws>;
}

/** Creates a fake of the Voxfra API: `const fake = createVoxfraFake(); const voxfra = fake.client();` */
export function createVoxfraFake(options: VoxfraFakeOptions = {}): VoxfraFake {
  const fake = createFake<paths, VoxfraErrorBody>(spec as OpenApiDocument, options);
  return withClients(fake, { client: createVoxfraClient }, { apiKey: TEST_API_KEY }) as VoxfraFake;
}
