/**
 * Contract test over the whole spec: every operation is called once through
 * the client of its audience (account, public or platform) against the Prism
 * mock, with request validation on. The call is built from the spec's own
 * examples: each parameter's `example`, and the first example of the request
 * body. The test fails on any validation violation, on a status other than the
 * operation's first documented 2xx, on a JSON body that differs from the
 * example the mock serves. The hand-written files next to this one check the
 * details of each group; coverage.test.ts checks that every operation was exercised.
 */
import { describe, expect, it } from "vitest";
import * as contract from "@voiceapis/contract-harness";
import { isPlatformPath as isPlatform, isPublicPath as isPublic } from "../src/audiences.js";
import { createVoxysClient, createVoxysPlatformClient, createVoxysPublicClient } from "../src/index.js";
import { apiKey, readBundledSpec } from "./support.js";

type SpecOperation = contract.SpecOperation;
type SpecParameter = contract.SpecParameter;

const spec = readBundledSpec();
const specUrl = new URL("../src/generated/openapi.yaml", import.meta.url);

const options = { baseUrl: contract.mockUrl(), maxRetries: 0 };
const harnesses = {
  account: contract.contractHarness((fetch) => createVoxysClient({ ...options, apiKey, fetch }), { spec: specUrl }),
  public: contract.contractHarness((fetch) => createVoxysPublicClient({ ...options, fetch }), { spec: specUrl }),
  platform: contract.contractHarness(
    (fetch) => createVoxysPlatformClient({ ...options, apiKey: "voxys_platform_contract_token", fetch }),
    { spec: specUrl },
  ),
};

/** A parameter's example value: its own `example`, else its schema's example, default or first enum value. */
function exampleOf(parameter: SpecParameter): unknown {
  const schema = parameter.schema ?? {};
  return parameter.example ?? schema.example ?? schema.default ?? schema.enum?.[0] ?? schema.items?.enum?.slice(0, 1);
}

/** The first example of a media type, from `examples` or `example`. */
function firstExample(
  media: { example?: unknown; examples?: Record<string, { value?: unknown }> } | undefined,
): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const first = Object.values(media.examples ?? {})[0];
  return first?.value;
}

/** A FormData built from a multipart example; file fields become small Blobs. */
function formDataOf(
  example: Record<string, unknown>,
  schema: { properties?: Record<string, { format?: string; type?: unknown }> } = {},
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(example)) {
    const property = schema.properties?.[name];
    if (property?.format === "binary" || property?.format === "byte")
      form.append(name, new Blob([String(value)], { type: "text/csv" }), `${name}.csv`);
    else form.append(name, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  return form;
}

interface Call {
  init: Record<string, unknown>;
  /** The first documented 2xx status, and the JSON example the mock serves for it (if any). */
  status: number;
  json?: unknown;
}

function callOf(path: string, operation: SpecOperation, pathParameters: SpecParameter[]): Call {
  const params: Record<string, Record<string, unknown>> = {};
  for (const parameter of [...pathParameters, ...(operation.parameters ?? [])]) {
    const value = exampleOf(parameter);
    if (value === undefined) {
      if (parameter.required)
        throw new Error(`${path}: required ${parameter.in} parameter "${parameter.name}" has no example in the spec`);
      continue;
    }
    (params[parameter.in] ??= {})[parameter.name] = value;
  }
  const init: Record<string, unknown> = { params };
  const content = operation.requestBody?.content ?? {};
  const [mediaType] = Object.keys(content);
  if (mediaType) {
    const example = firstExample(content[mediaType]);
    if (example === undefined && operation.requestBody?.required)
      throw new Error(`${path}: the request body has no example in the spec`);
    if (mediaType === "multipart/form-data")
      init.body = formDataOf(example as Record<string, unknown>, content[mediaType]!.schema);
    else if (mediaType === "application/x-www-form-urlencoded") {
      init.body = example;
      init.headers = { "content-type": mediaType };
    } else if (example !== undefined) init.body = example;
  }
  const [status, response] = Object.entries(operation.responses ?? {}).find(([code]) => code.startsWith("2"))!;
  const responseTypes = Object.keys(response.content ?? {});
  if (responseTypes.length > 0 && !responseTypes[0]!.includes("json")) init.parseAs = "text";
  const json = responseTypes[0]?.includes("json") ? firstExample(response.content![responseTypes[0]!]) : undefined;
  return { init, status: Number(status), json };
}

const METHODS = ["get", "put", "post", "patch", "delete"] as const;
const cases: {
  audience: keyof typeof harnesses;
  method: (typeof METHODS)[number];
  path: string;
  name: string;
  call: Call;
}[] = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const method of METHODS) {
    const operation = item[method];
    if (!operation) continue;
    const audience = isPublic(path) ? "public" : isPlatform(path) ? "platform" : "account";
    cases.push({
      audience,
      method,
      path,
      name: `${operation.operationId}: ${method.toUpperCase()} ${path}`,
      call: callOf(path, operation, item.parameters ?? []),
    });
  }
}

describe("every operation, through the client of its audience", () => {
  it("the spec has the operations this test expects (333 documented, 332 routes)", () => {
    expect(cases).toHaveLength(332);
    expect(cases.filter((c) => c.audience === "public")).toHaveLength(13);
    expect(cases.filter((c) => c.audience === "platform")).toHaveLength(17);
  });

  it.each(cases)("$name", async ({ audience, method, path, call }) => {
    const client = harnesses[audience].client as unknown as Record<
      string,
      (path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>
    >;
    const { data, error, response } = await client[method.toUpperCase()]!(path, call.init);
    expect(error).toBeUndefined();
    expect(response.status).toBe(call.status);
    if (call.json !== undefined) expect(data).toEqual(call.json);
    const sent = harnesses[audience].lastRequest();
    expect(sent.method).toBe(method.toUpperCase());
    if (audience === "public") expect(sent.headers.get("api_access_token")).toBeNull();
    else expect(sent.headers.get("api_access_token")).toBeTruthy();
  });
});
