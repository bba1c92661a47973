// Operations whose documented success answers include one without a JSON body → empty-answers.ts.
import { expect, it } from "vitest";
import { emptyAnswerOperations, emptyAnswersModule } from "./empty-answers.mjs";

const json = { content: { "application/json": { schema: { type: "object" } } } };
const doc = {
  paths: {
    "/v1/things": {
      get: { responses: { 200: json, 404: {} } },
      post: { responses: { 201: json, 204: { description: "no body" } } },
    },
    "/v1/things/{id}": {
      delete: { responses: { 200: { description: "deleted" } } },
      put: { responses: { 200: { $ref: "#/components/responses/Thing" } } },
    },
    "/v1/export": { get: { responses: { 200: { content: { "text/csv": { schema: { type: "string" } } } } } } },
    "/v1/problem": { get: { responses: { 200: { content: { "application/problem+json": { schema: {} } } } } } },
  },
  components: { responses: { Thing: json } },
};

it("lists operations with a 2xx answer that has no JSON media type, through $refs; errors do not count", () => {
  expect(emptyAnswerOperations(doc)).toEqual(["post /v1/things", "delete /v1/things/{id}", "get /v1/export"]);
});

it("writes them as a readonly list", () => {
  expect(emptyAnswersModule(doc)).toContain(
    'export const emptyAnswers: readonly string[] = [\n  "post /v1/things",\n  "delete /v1/things/{id}",\n  "get /v1/export",\n];',
  );
});
