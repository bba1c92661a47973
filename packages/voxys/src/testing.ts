/**
 * @voiceapis/voxys/testing: an in-process fake of the Voxys Connect API for the
 * tests of code that calls it. Built on `@voiceapis/core/testing` with this
 * package's types and its shipped spec: each request is checked against the spec,
 * recorded (token redacted) and answered with the spec's example unless a test
 * says otherwise. One fake serves all three clients (account, public, platform).
 * Needs `ajv` and `ajv-formats` (optional peer dependencies). The main entry never
 * imports this file.
 */
import type { ClientOptions } from "@voiceapis/core";
import { createFake, type Fake, type FakeOptions, type OpenApiDocument, withClients } from "@voiceapis/core/testing";
import { spec } from "./generated/spec.js";
import {
  createVoxysClient,
  createVoxysPlatformClient,
  createVoxysPublicClient,
  type paths,
  type VoxysClient,
  type VoxysClientOptions,
  type VoxysClientWithoutAccount,
  type VoxysErrorBody,
  type VoxysPlatformClient,
  type VoxysPublicClient,
  type VoxysPublicClientOptions,
  type VoxysPublicClientWithoutInbox,
} from "./index.js";

export * from "./generated/testing-core.js";

/** A token for tests (Voxys documents no form for it); the fake checks that one is sent, not its value. */
export const TEST_API_KEY = "voxys_test_0000000000";

export type VoxysFakeOptions = FakeOptions<paths>;

/** A fake of the Voxys Connect API, typed by its spec. */
export interface VoxysFake extends Fake<paths, VoxysErrorBody | undefined> {
  /**
   * An account-API client wired to this fake, with the test token and retries off
   * unless `maxRetries` is given; with `accountId`, calls may leave out `account_id`.
   */
  client<Throws extends boolean = false>(
    options: VoxysClientOptions<Throws> & { accountId: number },
  ): VoxysClient<Throws>;
  client<Throws extends boolean = false>(options?: VoxysClientOptions<Throws>): VoxysClientWithoutAccount<Throws>;
  /** A public Client API client wired to this fake (no token), retries off unless asked for. */
  publicClient<Throws extends boolean = false>(
    options: VoxysPublicClientOptions<Throws> & { inboxIdentifier: string },
  ): VoxysPublicClient<Throws>;
  publicClient<Throws extends boolean = false>(
    options?: VoxysPublicClientOptions<Throws>,
  ): VoxysPublicClientWithoutInbox<Throws>;
  /** A Platform API client wired to this fake, with the test token and retries off unless asked for. */
  platformClient<Throws extends boolean = false>(options?: ClientOptions<Throws>): VoxysPlatformClient<Throws>;
}

/** Creates a fake of the Voxys Connect API: `const fake = createVoxysFake(); const voxys = fake.client({ accountId: 1 });` */
export function createVoxysFake(options: VoxysFakeOptions = {}): VoxysFake {
  const fake = createFake<paths, VoxysErrorBody | undefined>(spec as OpenApiDocument, options);
  const wired = withClients(fake, { publicClient: createVoxysPublicClient });
  return withClients(
    wired,
    { client: createVoxysClient, platformClient: createVoxysPlatformClient },
    { apiKey: TEST_API_KEY },
  ) as VoxysFake;
}
