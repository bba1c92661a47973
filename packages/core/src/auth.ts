/**
 * Finding the API key (option, then environment variable) and checking its format,
 * without ever putting the key itself into a message.
 */
import { ConfigurationError } from "./errors.js";

/** A vendor whose routes take an API key. */
export interface KeyAuth {
  /** Vendor name for messages, e.g. "Voxfra". */
  vendor: string;
  /** Environment variable read when the `apiKey` option is absent. */
  envVar: string;
  /** The header that carries the key. */
  header: string;
  /** "Bearer" puts `Bearer <key>` in the header; absent sends the key as it is. */
  scheme?: "Bearer";
  /** The documented prefix of a valid key, when the vendor documents one. */
  prefix?: string;
  anonymous?: false;
}

/** Routes that take no key at all (Voxys' public Client API): none is read, sent or accepted. */
export interface NoAuth {
  vendor: string;
  anonymous: true;
}

export type AuthConfig = KeyAuth | NoAuth;

/** Reads an environment variable in Node, Bun and Deno; undefined in browsers or without permission. */
export function readEnv(name: string): string | undefined {
  const g = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get(n: string): string | undefined } };
  };
  try {
    return g.process?.env?.[name] ?? g.Deno?.env?.get(name);
  } catch {
    return undefined;
  }
}

/** The key from the option or the environment, checked. Throws a ConfigurationError otherwise. */
export function resolveApiKey(apiKey: string | undefined, auth: KeyAuth): string;
export function resolveApiKey(apiKey: string | undefined, auth: AuthConfig): string | undefined;
export function resolveApiKey(apiKey: string | undefined, auth: AuthConfig): string | undefined {
  if (auth.anonymous) {
    // A key given to a client that never sends one is a mistake worth reporting: it may be a
    // user token on its way into a browser bundle.
    if (apiKey !== undefined) {
      throw new ConfigurationError(
        `The ${auth.vendor} routes of this client take no API key; remove the \`apiKey\` option.`,
      );
    }
    return undefined;
  }
  const key = (apiKey ?? readEnv(auth.envVar))?.trim();
  if (!key) {
    throw new ConfigurationError(
      `No ${auth.vendor} API key: pass the \`apiKey\` option or set the ${auth.envVar} environment variable.`,
    );
  }
  // Checked here because a header value with a line break or NUL makes `Headers` throw a TypeError
  // that quotes the value (the key) at the first request; nor can a key hold spaces or non-ASCII.
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new ConfigurationError(
      `The ${auth.vendor} API key contains spaces, line breaks or other characters an API key cannot have. ` +
        `Check the \`apiKey\` option or the ${auth.envVar} environment variable.`,
    );
  }
  if (auth.prefix && !key.startsWith(auth.prefix)) {
    throw new ConfigurationError(
      `The ${auth.vendor} API key is not in the expected format: keys start with "${auth.prefix}". ` +
        `Check the \`apiKey\` option or the ${auth.envVar} environment variable.`,
    );
  }
  return key;
}

/** The header name and value that carry the key; none without a key. */
export function authHeader(key: string | undefined, auth: AuthConfig): Record<string, string> {
  if (key === undefined || auth.anonymous) return {};
  return { [auth.header]: auth.scheme ? `${auth.scheme} ${key}` : key };
}
