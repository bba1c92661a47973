/**
 * Checks a call's path and path parameters before the request, so that no value can change
 * which resource, route or origin a request reaches: the path starts with `/`, has no `.` or
 * `..` segment (URL parsing resolves them, even percent-encoded), and every `{name}` is filled
 * with a non-empty value that is not itself `.` or `..`.
 */
import { ConfigurationError } from "./errors.js";

const DOT_SEGMENT = /^(\.|%2e){1,2}$/i;
const PLACEHOLDER = /\{([^{}]+)\}/g;

export function checkPath(method: string, path: unknown, params: { path?: Record<string, unknown> } | undefined): void {
  if (typeof path !== "string" || !path.startsWith("/")) {
    throw new ConfigurationError(`${method}: the path must be a string that starts with "/", such as "/v1/customers"; got ${JSON.stringify(path)}.`);
  }
  if (/[?#]/.test(path)) {
    throw new ConfigurationError(`${method} ${path}: the path must not hold a query or fragment; pass query parameters as \`params.query\`.`);
  }
  if (path.split("/").some((segment) => DOT_SEGMENT.test(segment))) {
    throw new ConfigurationError(`${method} ${path}: the path must not contain "." or ".." segments.`);
  }
  const values = params?.path ?? {};
  for (const [, name] of path.matchAll(PLACEHOLDER)) {
    const value = (values as Record<string, unknown>)[name!];
    if (value === undefined || value === null) {
      throw new ConfigurationError(`${method} ${path}: the path parameter \`${name}\` is missing; pass it as \`params: { path: { ${name}: … } }\`.`);
    }
    if (!["string", "number", "bigint", "boolean"].includes(typeof value) || (typeof value === "number" && !Number.isFinite(value))) {
      throw new ConfigurationError(`${method} ${path}: the path parameter \`${name}\` must be a string or a finite number; got ${typeof value}.`);
    }
    const text = String(value);
    if (text === "") throw new ConfigurationError(`${method} ${path}: the path parameter \`${name}\` is empty.`);
    if (text === "." || text === "..") {
      throw new ConfigurationError(`${method} ${path}: the path parameter \`${name}\` must not be "${text}", which would change the path.`);
    }
  }
}
