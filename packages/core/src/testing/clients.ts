/**
 * `withClients`: gives a fake the methods a vendor's `testing` entry offers for clients wired
 * to it (`fake.client()`). Each client sends its requests to the fake's `fetch`, has retries
 * off unless `maxRetries` is given, and starts from `defaults` (the test key), which its own
 * options override.
 */
import type { Fake } from "./fake.js";

/** What a client is made with, as far as wiring it to a fake goes. */
interface WiredOptions {
  fetch: Fake<unknown>["fetch"];
  maxRetries: number;
}

/** A vendor's client factory (`createCarecycleClient`…); `any`: its options type is its own, generic in `Throws`. */
export type ClientFactory = (options: any) => unknown;

/** The methods `withClients` adds: each makes a client of its factory, wired to the fake. */
export type WiredClients<Factories extends Record<string, ClientFactory>> = {
  [Name in keyof Factories]: (options?: Parameters<Factories[Name]>[0]) => ReturnType<Factories[Name]>;
};

/**
 * Adds to `fake` one method per factory (`withClients(fake, { client: createCarecycleClient }, { apiKey })`),
 * each making a client wired to it. Returns the same fake object.
 */
export function withClients<F extends Pick<Fake<unknown>, "fetch">, Factories extends Record<string, ClientFactory>>(
  fake: F,
  factories: Factories,
  defaults: { apiKey?: string } = {},
): F & WiredClients<Factories> {
  const wire = (create: ClientFactory) => (options?: object) =>
    create({ maxRetries: 0, ...defaults, ...options, fetch: fake.fetch } satisfies WiredOptions);
  const methods = Object.fromEntries(Object.entries(factories).map(([name, create]) => [name, wire(create)]));
  return Object.assign(fake, methods) as F & WiredClients<Factories>;
}
