// x-pagination → pagination.ts: the checks and the metadata the paginator gets.
import { describe, expect, it } from "vitest";
import { paginationModule } from "./pagination.mjs";

const vendor = { spec: "specs/test/openapi.yaml" };

function docWith(ext, query = ["page", "before"]) {
  return {
    paths: {
      "/v1/things": {
        get: {
          "x-pagination": ext,
          parameters: query.map((name) => ({ name, in: "query", schema: { type: "integer" } })),
        },
      },
    },
  };
}

function metaOf(ext, query) {
  const source = paginationModule(docWith(ext, query), vendor);
  return JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("} as const") + 1))["/v1/things"];
}

describe("paginationModule", () => {
  it("turns a fixed pageSize into the paginator's defaultLimit", () => {
    expect(metaOf({ style: "page", page: "page", items: "payload", pageSize: 15 })).toEqual({
      method: "get",
      style: "page",
      page: "page",
      items: "payload",
      defaultLimit: 15,
    });
  });

  it("accepts an item cursor", () => {
    expect(
      metaOf({ style: "cursor", cursor: "before", items: "payload", nextCursorItem: "first.id", pageSize: 20 }),
    ).toMatchObject({
      nextCursorItem: "first.id",
      defaultLimit: 20,
    });
  });

  it.each([
    [{ style: "page", page: "page", items: "payload", pageSize: 0 }, "pageSize must be a positive integer"],
    [{ style: "page", page: "page", items: "payload", pageSize: 15, limit: "page" }, "has both pageSize and limit"],
    [{ style: "cursor", cursor: "before", items: "payload" }, 'needs exactly one of "nextCursor" and "nextCursorItem"'],
    [
      { style: "cursor", cursor: "before", items: "payload", nextCursor: "next", nextCursorItem: "first.id" },
      "needs exactly one of",
    ],
    [{ style: "cursor", cursor: "before", items: "payload", nextCursorItem: "middle.id" }, 'must look like "first.id"'],
    [{ style: "page", page: "page", items: "payload", size: 3 }, 'unknown key "size"'],
    [{ style: "page", page: "p", items: "payload" }, 'names query parameter "p"'],
  ])("rejects %j", (ext, message) => {
    expect(() => paginationModule(docWith(ext), vendor)).toThrow(message);
  });
});
