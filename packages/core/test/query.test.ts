/**
 * query.ts builds query strings as openapi-fetch's createQuerySerializer does for every option
 * openapi-fetch types: these tests compare the two over the same queries, so that a difference
 * in any style, explode setting, allowReserved or edge value fails here.
 */
import { createQuerySerializer as openapiFetchSerializer, type QuerySerializerOptions } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { createQuerySerializer } from "../src/query.js";

const QUERIES: Record<string, unknown>[] = [
  {},
  { q: "x y", n: 1, b: false, zero: 0, empty: "", gone: undefined, nil: null },
  { reserved: "a/b?c=d&e#f[]@!$'()*+,;=", unicode: "café ☕" },
  { ids: [1, 2, 3], tags: ["a b", "c/d"], none: [], holes: [1, null, undefined, 2] },
  { filter: { status: "open", owner: "a b", skip: undefined, nil: null }, date: new Date(0), blank: {} },
  { mixed: "1", list: ["x", "y"], obj: { k: "v/w" } },
];

const ARRAY_STYLES = ["form", "spaceDelimited", "pipeDelimited"] as const;
const OBJECT_STYLES = ["form", "deepObject"] as const;
const OPTIONS: (QuerySerializerOptions | undefined)[] = [undefined, {}, { allowReserved: true }];
for (const style of ARRAY_STYLES)
  for (const explode of [true, false])
    OPTIONS.push({ array: { style, explode } }, { array: { style, explode }, allowReserved: true });
for (const style of OBJECT_STYLES)
  for (const explode of [true, false])
    OPTIONS.push({ object: { style, explode } }, { object: { style, explode }, allowReserved: true });

describe("the query serializer", () => {
  it.each(OPTIONS.map((options) => [JSON.stringify(options) ?? "no options", options]))(
    "writes what openapi-fetch's writes, with %s",
    (_, options) => {
      const ours = createQuerySerializer(options);
      const theirs = openapiFetchSerializer(options);
      for (const query of QUERIES) expect(ours(query)).toBe(theirs(query));
    },
  );

  it("writes nothing for a query that is not an object, as openapi-fetch does", () => {
    for (const query of [undefined, null, "a=1", 5])
      expect(createQuerySerializer()(query)).toBe(openapiFetchSerializer()(query as never));
  });

  it("refuses nested values with openapi-fetch's message", () => {
    for (const query of [{ a: [[1]] }, { a: { b: { c: 1 } } }]) {
      expect(() => openapiFetchSerializer()(query)).toThrow(/Deeply-nested/);
      expect(() => createQuerySerializer()(query)).toThrow(
        "Deeply-nested arrays/objects aren\u2019t supported. Provide your own `querySerializer()` to handle these.",
      );
    }
  });
});
