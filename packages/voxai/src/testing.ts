/**
 * @voiceapis/voxai/testing: an in-process fake of the vox.ai API for the tests of
 * code that calls it. Built on `@voiceapis/core/testing` with this package's types
 * and its shipped spec: each request is checked against the spec, recorded (key
 * redacted) and answered with the spec's example unless a test says otherwise.
 * Needs `ajv` and `ajv-formats` (optional peer dependencies). The main entry never
 * imports this file.
 */
import { createFake, type Fake, type FakeOptions, type OpenApiDocument, withClients } from "@voiceapis/core/testing";
import { spec } from "./generated/spec.js";
import {
  createVoxaiClient,
  type paths,
  type VoxaiClient,
  type VoxaiClientOptions,
  type VoxaiErrorBody,
} from "./index.js";

export * from "./generated/testing-core.js";

/** A token for tests (vox.ai documents no form for it); the fake checks that a key is sent, not its value. */
export const TEST_API_KEY = "voxai_test_0000000000";

export type VoxaiFakeOptions = FakeOptions<paths>;

/** A fake of the vox.ai API, typed by its spec. */
export interface VoxaiFake extends Fake<paths, VoxaiErrorBody> {
  /**
   * A Voxai client wired to this fake, with the test key and retries off unless
   * `maxRetries` is given. Other options (`throwOnError`, `timeout`, hooks…) as usual.
   */
  client<Throws extends boolean = false>(options?: VoxaiClientOptions<Throws>): VoxaiClient<Throws>;
}

/** Creates a fake of the vox.ai API: `const fake = createVoxaiFake(); const voxai = fake.client();` */
export function createVoxaiFake(options: VoxaiFakeOptions = {}): VoxaiFake {
  const fake = createFake<paths, VoxaiErrorBody>(spec as OpenApiDocument, options);
  return withClients(fake, { client: createVoxaiClient }, { apiKey: TEST_API_KEY }) as VoxaiFake;
}
