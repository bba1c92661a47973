/**
 * Quentli's query strings. `filter` and `orderBy` each carry a whole
 * qs-encoded object as one parameter value: `{ name: { contains: "john" } }`
 * becomes `name[contains]=john`, sent URL-encoded as
 * `filter=name%5Bcontains%5D%3Djohn`. Every other parameter is serialized the
 * way openapi-fetch does by default (with core's copy of its query serializer).
 */
import { createQuerySerializer } from "@voiceapis/core/runtime";
import { stringify } from "qs-esm";

const defaultSerializer = createQuerySerializer();

/** Only the characters that would change how qs reads the string are escaped inside values. */
const QS_SPECIAL = /[%&=+#[\] ]/g;
const escapeValue = (value: string) => value.replace(QS_SPECIAL, (c) => encodeURIComponent(c));

/** Encodes a filter or orderBy object into Quentli's qs string (`name[contains]=john&OR[0][noPayments]=true`). */
export function encodeQs(value: object): string {
  return stringify(value, { encodeValuesOnly: true, encoder: (str: unknown) => escapeValue(String(str)) });
}

const QS_PARAMS = new Set(["filter", "orderBy"]);

/** The query string for a Quentli request (without `?`). */
export function serializeQuery(query: Record<string, unknown>): string {
  const rest: Record<string, unknown> = {};
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (!QS_PARAMS.has(key) || value === undefined || value === null) rest[key] = value;
    else parts.push(`${key}=${encodeURIComponent(typeof value === "string" ? value : encodeQs(value as object))}`);
  }
  const base = defaultSerializer(rest);
  return base ? [base, ...parts].join("&") : parts.join("&");
}
