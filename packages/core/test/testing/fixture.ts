/**
 * A small OpenAPI 3.1 document for the test kit's unit tests, with its types in
 * openapi-typescript's shape: every kind of parameter, a closed JSON body, a form
 * body, a shared error body, a CSV answer and a route with no key.
 */
import type { OpenApiDocument } from "../../src/testing/index.js";

export const spec: OpenApiDocument = {
  openapi: "3.1.0",
  servers: [{ url: "https://api.example.test" }],
  security: [{ key: [] }],
  paths: {
    "/health": {
      get: {
        operationId: "getHealth",
        security: [],
        responses: { "200": { content: { "application/json": { example: { status: "ok" } } } } },
      },
    },
    "/v1/pets": {
      get: {
        operationId: "listPets",
        parameters: [
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100 } },
          { name: "tag", in: "query", schema: { type: "array", items: { $ref: "#/components/schemas/Tag" } } },
          { $ref: "#/components/parameters/Trace" },
        ],
        responses: {
          "200": {
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/PetList" },
                examples: { two: { $ref: "#/components/examples/TwoPets" } },
              },
            },
          },
          "401": { $ref: "#/components/responses/Unauthorized" },
        },
      },
      post: {
        operationId: "createPet",
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/NewPet" } } },
        },
        responses: {
          "201": { content: { "application/json": { examples: { rex: { value: { id: 7, name: "Rex" } } } } } },
          "422": { $ref: "#/components/responses/Invalid" },
        },
      },
    },
    "/v1/pets/export": {
      get: {
        operationId: "exportPets",
        responses: { "200": { content: { "text/csv": { example: "id,name\n1,Tom\n" } } } },
      },
    },
    "/v1/pets/{pet_id}": {
      parameters: [{ name: "pet_id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
      get: {
        operationId: "getPet",
        responses: {
          "200": { content: { "application/json": { example: { id: 1, name: "Tom" } } } },
          "404": { content: { "application/json": { example: { error: "Not found" } } } },
        },
      },
      delete: { operationId: "deletePet", responses: { "204": { description: "Gone." } } },
    },
    "/v1/pets/{pet_id}/photo": {
      post: {
        operationId: "uploadPhoto",
        parameters: [{ name: "pet_id", in: "path", required: true, schema: { type: "integer" } }],
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["file"],
                properties: { file: { type: "string", format: "binary" }, caption: { type: "string", maxLength: 5 } },
              },
            },
          },
        },
        responses: { "204": { description: "Stored." } },
      },
    },
  },
  components: {
    securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Key" } },
    parameters: {
      Trace: { name: "X-Trace", in: "header", required: true, schema: { type: "string", pattern: "^t-" } },
    },
    schemas: {
      Tag: { type: "string", enum: ["cat", "dog"] },
      Pet: {
        type: "object",
        properties: {
          id: { type: "integer" },
          name: { type: "string" },
          kind: { $ref: "#/components/schemas/Tag" },
          meta: { type: "object" },
        },
      },
      PetList: { type: "object", properties: { data: { type: "array", items: { $ref: "#/components/schemas/Pet" } } } },
      NewPet: {
        type: "object",
        required: ["name"],
        additionalProperties: false,
        properties: { name: { type: "string", minLength: 1 }, email: { type: "string", format: "email" } },
      },
      Error: { type: "object", properties: { error: { type: "string" } } },
    },
    responses: {
      Unauthorized: { content: { "application/json": { example: { error: "Unauthorized" } } } },
      Invalid: { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
    },
    examples: {
      TwoPets: {
        value: {
          data: [
            { id: 1, name: "Tom" },
            { id: 2, name: "Rex" },
          ],
        },
      },
    },
  },
};

type Json<T> = { content: { "application/json": T } };
type Pet = { id?: number; name?: string; kind?: "cat" | "dog"; meta?: Record<string, unknown> };
type ErrorBody = { error?: string };

export interface paths {
  "/health": { get: { parameters: {}; responses: { 200: Json<{ status?: string }> } }; post?: never };
  "/v1/pets": {
    get: {
      parameters: { query?: { limit?: number; tag?: ("cat" | "dog")[] }; header: { "X-Trace": string } };
      responses: { 200: Json<{ data?: Pet[] }>; 401: Json<ErrorBody> };
    };
    post: {
      parameters: {};
      requestBody: Json<{ name: string; email?: string }>;
      responses: { 201: Json<Pet>; 422: Json<ErrorBody> };
    };
    delete?: never;
  };
  "/v1/pets/export": { get: { parameters: {}; responses: { 200: { content: { "text/csv": string } } } } };
  "/v1/pets/{pet_id}": {
    get: { parameters: { path: { pet_id: number } }; responses: { 200: Json<Pet>; 404: Json<ErrorBody> } };
    delete: { parameters: { path: { pet_id: number } }; responses: { 204: { content?: never } } };
  };
  "/v1/pets/{pet_id}/photo": {
    post: {
      parameters: { path: { pet_id: number } };
      requestBody: { content: { "multipart/form-data": { file: Blob; caption?: string } } };
      responses: { 204: { content?: never } };
    };
  };
}

export type { ErrorBody, Pet };

/** A request to the fixture API with the key, the required trace header, and a JSON content type for a text body. */
export function request(path: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (!headers.has("X-Key")) headers.set("X-Key", "secret-key-123");
  if (!headers.has("X-Trace")) headers.set("X-Trace", "t-1");
  if (typeof init.body === "string" && !headers.has("content-type")) headers.set("content-type", "application/json");
  return new Request(`https://api.example.test${path}`, { ...init, headers });
}
