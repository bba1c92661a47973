/**
 * The documented bounds of numeric query and path parameters (`limit`: an
 * integer from 1 to 200), checked before a request is sent. The types say only
 * `number`, so that a page size in a variable compiles; the generator writes
 * each vendor's bounds into `src/generated/bounds.ts`.
 */
import { ConfigurationError } from "./errors.js";

/** The bound of one parameter, as the spec gives it. */
export interface NumberBound {
  integer?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/** Bounded parameters per `"<method> <path>"` (method in lower case), by place and name. */
export type ParameterBounds = Record<
  string,
  { query?: Record<string, NumberBound>; path?: Record<string, NumberBound> }
>;

/** "an integer from 1 to 200", "an integer ≥ 0", "a number > 0 and ≤ 1". */
export function describeBound(b: NumberBound): string {
  const what = b.integer ? "an integer" : "a number";
  if (b.minimum !== undefined && b.maximum !== undefined) return `${what} from ${b.minimum} to ${b.maximum}`;
  const parts: string[] = [];
  if (b.minimum !== undefined) parts.push(`≥ ${b.minimum}`);
  if (b.exclusiveMinimum !== undefined) parts.push(`> ${b.exclusiveMinimum}`);
  if (b.maximum !== undefined) parts.push(`≤ ${b.maximum}`);
  if (b.exclusiveMaximum !== undefined) parts.push(`< ${b.exclusiveMaximum}`);
  return parts.length ? `${what} ${parts.join(" and ")}` : what;
}

function fits(value: unknown, b: NumberBound): boolean {
  if (typeof value !== "number" || Number.isNaN(value)) return false;
  if (b.integer && !Number.isInteger(value)) return false;
  if (b.minimum !== undefined && value < b.minimum) return false;
  if (b.maximum !== undefined && value > b.maximum) return false;
  if (b.exclusiveMinimum !== undefined && value <= b.exclusiveMinimum) return false;
  if (b.exclusiveMaximum !== undefined && value >= b.exclusiveMaximum) return false;
  return true;
}

/** What a wrong value was, in words: `201`, `the string "1"`, `a boolean`. */
export function describeValue(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a${typeof value === "object" || typeof value === "undefined" ? "n" : ""} ${typeof value}`;
}

/**
 * Throws a {@link ConfigurationError} naming the first parameter of the call
 * that is outside its documented bound; absent parameters are not checked.
 */
export function checkBounds(
  bounds: ParameterBounds,
  method: string,
  path: string,
  params: { query?: unknown; path?: unknown } | undefined,
): void {
  const operation = bounds[`${method.toLowerCase()} ${path}`];
  if (!operation || !params) return;
  for (const place of ["path", "query"] as const) {
    const given = params[place] as Record<string, unknown> | undefined;
    const declared = operation[place];
    if (!given || !declared) continue;
    for (const [name, bound] of Object.entries(declared)) {
      const value = given[name];
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        if (!fits(item, bound)) {
          throw new ConfigurationError(
            `${method.toUpperCase()} ${path}: the ${place} parameter \`${name}\` must be ${describeBound(bound)}; got ${describeValue(item)}.`,
          );
        }
      }
    }
  }
}
