/**
 * Reading a value by dot path (`pagination.total`), at run time and in types.
 * `$` is the whole value, for APIs that answer with a bare array.
 */

export type PathValue<T, P extends string> = P extends "$"
  ? T
  : P extends `${infer Head}.${infer Rest}`
    ? Head extends keyof NonNullable<T>
      ? PathValue<NonNullable<T>[Head], Rest>
      : unknown
    : P extends keyof NonNullable<T>
      ? NonNullable<T>[P]
      : unknown;

export function getPath(value: unknown, path: string): unknown {
  if (path === "$") return value;
  let current = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
