/**
 * The record of calls a fake keeps for assertions, with every credential the
 * spec declares (API-key headers and query parameters, `Authorization`) redacted.
 */
import type { Violation } from "./validate.js";
import type { OpenApiDocument } from "./spec.js";

export const REDACTED = "[redacted]";

/** One request the fake received. */
export interface RecordedCall {
  /** The operation, as `"GET /v1/customers/{id}"`; undefined when no operation matched. */
  operation: string | undefined;
  operationId: string | undefined;
  method: string;
  /** The path requested, such as `/v1/customers/42`. */
  path: string;
  /** Path parameters by name, typed as the spec says. */
  params: Record<string, unknown>;
  /** Query parameters by name, typed as the spec says; any it does not declare as sent (credentials redacted). */
  query: Record<string, unknown>;
  /** The parsed body: JSON, a form as an object, or text; undefined without one. */
  body: unknown;
  /** Header names lowercased; credentials redacted. */
  headers: Record<string, string>;
  /** How the request breaks the spec; empty when it conforms. */
  violations: Violation[];
}

/** The header and query names that carry a credential in this spec. */
export function credentialNames(doc: OpenApiDocument): { headers: Set<string>; query: Set<string> } {
  const headers = new Set(["authorization", "cookie", "proxy-authorization"]);
  const query = new Set<string>();
  for (const scheme of Object.values<any>(doc.components?.securitySchemes ?? {})) {
    if (scheme?.type !== "apiKey") continue;
    if (scheme.in === "header") headers.add(String(scheme.name).toLowerCase());
    if (scheme.in === "query") query.add(scheme.name);
  }
  return { headers, query };
}

/** Headers as a plain object, credentials replaced by `[redacted]`. */
export function redactHeaders(headers: Headers, names: Set<string>): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = names.has(name) ? REDACTED : value;
  });
  return out;
}
