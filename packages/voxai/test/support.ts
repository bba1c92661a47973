/**
 * Shared set-up of the vox.ai contract tests: a client pointed at this run's
 * Prism mock, through @voiceapis/contract-harness (sent requests, spec
 * violations, exercised operations), plus the ids the tests use and the
 * multipart body serializer.
 */
import * as contract from "@voiceapis/contract-harness";
import { createVoxaiClient } from "../src/index.js";

export const apiKey = "vox_test_token";

/** The bundled spec the mock serves. */
const spec = new URL("../src/generated/openapi.yaml", import.meta.url);

/** Identifiers used across the tests; they match the formats in the spec (and its examples). */
export const ids = {
  agent: "3c90c3cc-0d44-4b50-8888-8dd25736052a",
  flowAgent: "7ea3516d-2c4b-4f0e-9a61-3b8d5f2e1c47",
  call: "3079f46c-5b2a-4d8e-9f13-6a7c2e4b8d91",
  campaign: "123",
  heldNumber: "5b8e2f1a-9c3d-4e7b-8a6f-2d1c0e9b7a35",
  customNumber: "a2c4e6f8-1b3d-4f5a-9c7e-0d2b4f6a8c1e",
  telephoneLine: "9d1c4b7e-2a3f-4e8d-b6c5-0f1e2d3c4b5a",
  tool: "0192f4a8-6c1e-7b3d-9a2f-5e8c1d4b7a60",
  knowledge: 123,
  document: "6a1d3f8e-2b7c-4c9a-9e4f-1b0d8c7a5e23",
  alertRule: "8f3a6c2e-1b4d-4a9e-b7c5-0e2d9f6a1c84",
} as const;

/** The bundled spec the mock serves, freshly parsed. */
export const bundledSpec = () => contract.readSpec(spec);

/** The same with its `$ref`s resolved (examples, parameters, bodies). */
export const resolvedSpec = () => contract.readResolvedSpec(spec);

/** `"<method> <path>"` of every operation in the bundled spec. */
export const operationsOf = () => contract.operationsOf(spec);

/** What the test fetch saw of one request (after openapi-fetch built it). */
export interface SentRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The body as sent, read from a clone of the request. */
  text: () => Promise<string>;
}

/** The contract client for one test file (see contract.contractHarness). */
export function contractClient() {
  return contract.contractHarness(
    (fetch) => createVoxaiClient({ apiKey, baseUrl: contract.mockUrl(), fetch, maxRetries: 0 }),
    {
      spec,
      record: (request): SentRequest => {
        const body = request.clone().text();
        return {
          method: request.method,
          url: new URL(request.url),
          headers: new Headers(request.headers),
          text: () => body,
        };
      },
    },
  );
}

/**
 * openapi-fetch's `bodySerializer` for the multipart operations: every field of
 * the body becomes one form field; Blobs (files) keep their type and name.
 */
export function toFormData(body: object): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    if (value instanceof Blob) form.append(name, value, value instanceof File ? value.name : name);
    else form.append(name, String(value));
  }
  return form;
}

/** The query of a sent request as `[name, value]` pairs, in order (repeats kept). */
export function queryPairs(sent: SentRequest): [string, string][] {
  return [...sent.url.searchParams];
}
