/**
 * Checks a call's path and path parameters before the request, so that no value can change
 * which resource, route or origin a request reaches: the path starts with `/`, holds only
 * plain URL path characters, has no `.` or `..` segment (URL parsing resolves them), and every
 * `{name}` is filled with a non-empty value that is not itself `.` or `..` (values are
 * percent-encoded, so they cannot add segments of their own).
 */
import { ConfigurationError } from "./errors.js";

const DOT_SEGMENT = /^\.{1,2}$/;
/**
 * What a path template may hold: the characters of a URL path (RFC 3986 `pchar` and `/`) and
 * `{}`, but no `%` escapes, backslashes, spaces or control characters, which URL parsing would
 * decode, turn into `/` or drop, and so let a path reach another route than the one checked.
 */
const PATH_CHARACTERS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/{}]*$/;
export const PLACEHOLDER = /\{([^{}]+)\}/g;

export function checkPath(method: string, path: unknown, params: { path?: Record<string, unknown> } | undefined): void {
  function fail(problem: string): never {
    throw new ConfigurationError(`${method}${problem}.`);
  }
  if (typeof path !== "string" || !path.startsWith("/"))
    fail(`: the path must be a string that starts with "/", such as "/v1/customers"; got ${JSON.stringify(path)}`);
  if (/[?#]/.test(path))
    fail(` ${path}: the path must not hold a query or fragment; pass query parameters as \`params.query\``);
  if (!PATH_CHARACTERS.test(path)) {
    fail(
      ` ${JSON.stringify(path)}: the path may hold only the characters of a URL path; no %-escapes, backslashes, spaces or control characters. Pass values as path parameters, which are encoded`,
    );
  }
  if (path.split("/").some((segment) => DOT_SEGMENT.test(segment)))
    fail(` ${path}: the path must not contain "." or ".." segments`);
  for (const [, name] of path.matchAll(PLACEHOLDER)) {
    const value = params?.path?.[name!];
    const parameter = ` ${path}: the path parameter \`${name}\``;
    if (value === undefined || value === null)
      fail(`${parameter} is missing; pass it as \`params: { path: { ${name}: … } }\``);
    if (
      !["string", "number", "bigint", "boolean"].includes(typeof value) ||
      (typeof value === "number" && !Number.isFinite(value))
    )
      fail(`${parameter} must be a string or a finite number; got ${typeof value}`);
    const text = String(value);
    if (text === "") fail(`${parameter} is empty`);
    if (DOT_SEGMENT.test(text)) fail(`${parameter} must not be "${text}", which would change the path`);
  }
}
