/**
 * The query string of a call, built as openapi-fetch's `createQuerySerializer` builds it for the
 * options its types allow: arrays `form` (the default), `spaceDelimited` or `pipeDelimited`,
 * objects `deepObject` (the default) or `form`, exploded or not, and `allowReserved`.
 * openapi-fetch's serializer also carries the path styles (`simple`, `label`, `matrix`), which a
 * query never takes, and costs an app about 0.2 kB min+gzip more; test/query.test.ts holds this
 * one to openapi-fetch's output for every option it types.
 */
import type { QuerySerializerOptions } from "openapi-fetch";

/** A query serializer with `options`, and openapi-fetch's defaults for what they leave out. */
export function createQuerySerializer(options?: QuerySerializerOptions): (query: unknown) => string {
  const encode = (value: unknown) => (options?.allowReserved === true ? value : encodeURIComponent(value as string));
  /** `name=value`, nothing for an absent value; a nested array or object throws. */
  const pair = (name: string, value: unknown) => {
    if (value === undefined || value === null) return "";
    if (typeof value === "object") {
      throw new Error(
        "Deeply-nested arrays/objects aren\u2019t supported. Provide your own `querySerializer()` to handle these.",
      );
    }
    return `${name}=${encode(value)}`;
  };
  return (query) => {
    const search: unknown[] = [];
    if (query && typeof query === "object") {
      for (const name in query) {
        const value = (query as Record<string, any>)[name];
        if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
        if (typeof value !== "object") {
          search.push(pair(name, value));
          continue;
        }
        const array = Array.isArray(value);
        const { style, explode } = {
          style: array ? "form" : "deepObject",
          explode: true,
          ...(array ? options?.array : options?.object),
        };
        const parts: unknown[] = [];
        if (explode === false && (array || style !== "deepObject")) {
          // One `name=`, with the values (an object's as key,value,key,value) joined.
          if (array) parts.push(...value.map(encode));
          else for (const key in value) parts.push(key, encode(value[key]));
          const joiner = (array && { spaceDelimited: "%20", pipeDelimited: "|" }[style as string]) || ",";
          search.push(`${name}=${parts.join(joiner)}`);
        } else {
          if (array) for (const item of value) parts.push(pair(name, item));
          else for (const key in value) parts.push(pair(style === "deepObject" ? `${name}[${key}]` : key, value[key]));
          search.push(parts.join("&"));
        }
      }
    }
    return search.join("&");
  };
}
