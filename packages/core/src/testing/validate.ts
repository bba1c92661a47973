/**
 * Checks a request against its operation in the shipped spec, with ajv (JSON
 * Schema 2020-12, the dialect of OpenAPI 3.1) and ajv-formats: path, query and
 * header parameters, credentials and the body. Schemas are not copied: each
 * check is a `$ref` into the document, compiled once per operation and cached.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import AjvImport from "ajv/dist/2020.js";
import addFormatsImport from "ajv-formats";
import type { OpenApiDocument, Operation, Parameter } from "./spec.js";

// ajv and ajv-formats are CommonJS; in ESM their default export is the module itself or its `default`.
const Ajv2020 = ((AjvImport as any).default ?? AjvImport) as typeof AjvImport;
const addFormats = ((addFormatsImport as any).default ?? addFormatsImport) as typeof addFormatsImport;

/** One way a request breaks the spec. */
export interface Violation {
  /** Where: `path`, `query`, `header`, `body` or `security`. */
  in: "path" | "query" | "header" | "body" | "security";
  /** The parameter, or the body field as a JSON pointer (`/contact/email`); empty for the body itself. */
  name: string;
  /** The JSON Schema keyword that failed (`maximum`, `required`, `additionalProperties`, `format`…), or `unknown`/`content-type`/`credentials`. */
  rule: string;
  /** A sentence for people. */
  message: string;
}

/** The parts of a request the check reads. */
export interface RequestParts {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  headers: Headers;
  /** The content type without parameters, lowercased; undefined without a body. */
  contentType: string | undefined;
  /** The body's bytes; empty without one. */
  body: Uint8Array;
}

const SPEC_ID = "openapi.json";

/** Compiled checks of one document; shared by every fake built from it. */
class Checker {
  private readonly strict: InstanceType<typeof Ajv2020>;
  private readonly coercing: InstanceType<typeof Ajv2020>;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(doc: OpenApiDocument) {
    const make = (coerce: boolean) => {
      // strict: false lets OpenAPI's own keywords (example, discriminator, x-…) pass as annotations.
      const ajv = new Ajv2020({
        strict: false,
        allErrors: true,
        validateSchema: false,
        coerceTypes: coerce && "array",
      });
      addFormats(ajv);
      ajv.addSchema(doc as object, SPEC_ID);
      return ajv;
    };
    this.strict = make(false);
    // Parameters and form fields arrive as text: "50" is checked as the integer 50.
    this.coercing = make(true);
  }

  /** A validator for an object whose properties are the given `$ref`s into the document. */
  private compile(key: string, coerce: boolean, schema: object): ValidateFunction {
    let validate = this.cache.get(key);
    if (!validate) {
      validate = (coerce ? this.coercing : this.strict).compile(schema);
      this.cache.set(key, validate);
    }
    return validate;
  }

  parameters(operation: Operation, where: "path" | "query" | "header", data: Record<string, unknown>): Violation[] {
    const params = operation.parameters.filter((p) => p.in === where);
    const name = (p: Parameter) => (where === "header" ? p.name.toLowerCase() : p.name);
    const validate = this.compile(`${operation.key} ${where}`, true, {
      type: "object",
      properties: Object.fromEntries(params.map((p) => [name(p), { $ref: `${SPEC_ID}#${p.pointer}` }])),
      required: params.filter((p) => p.required).map(name),
    });
    if (validate(data)) return [];
    const label = where === "header" ? "header" : `${where} parameter`;
    return (validate.errors ?? []).map((error) => {
      const [, first = "", ...rest] = error.instancePath.split("/");
      const key = error.keyword === "required" ? String(error.params.missingProperty) : unescapePointer(first);
      // Header names are checked lowercased; messages use the spec's spelling.
      const param = params.find((p) => name(p) === key)?.name ?? key;
      const field = rest.length ? ` field /${rest.join("/")}` : "";
      return {
        in: where,
        name: param,
        rule: error.keyword,
        message: `${label} "${param}"${field} ${describe(error)}`,
      };
    });
  }

  body(operation: Operation, pointer: string, data: unknown, coerce: boolean): Violation[] {
    const validate = this.compile(`${operation.key} body ${pointer}`, coerce, { $ref: `${SPEC_ID}#${pointer}` });
    if (validate(data)) return [];
    return (validate.errors ?? []).map((error) => {
      const field =
        error.keyword === "required"
          ? `${error.instancePath}/${String(error.params.missingProperty)}`
          : error.keyword === "additionalProperties"
            ? `${error.instancePath}/${String(error.params.additionalProperty)}`
            : error.instancePath;
      const where = error.instancePath ? `body field "${error.instancePath.slice(1)}"` : "body";
      return { in: "body" as const, name: field, rule: error.keyword, message: `${where} ${describe(error)}` };
    });
  }
}

const unescapePointer = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

/** ajv's message, with the offending name or value where ajv keeps it in `params`, and the rule. */
function describe(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  let text = error.message ?? "is invalid";
  if (error.keyword === "additionalProperties") text = `must not have the property "${String(p.additionalProperty)}"`;
  if (error.keyword === "enum") text += `: ${JSON.stringify(p.allowedValues)}`;
  return `${text} (${error.keyword})`;
}

const checkers = new WeakMap<OpenApiDocument, Checker>();

/**
 * How a body a test set as an answer breaks the response the spec documents for its status
 * (JSON bodies with a documented schema only; the spec's own examples are checked by the linter).
 */
export function checkAnswer(doc: OpenApiDocument, operation: Operation, status: number, body: unknown): Violation[] {
  const schemas =
    operation.responseSchemas[String(status)] ??
    operation.responseSchemas[`${String(status)[0]}XX`] ??
    operation.responseSchemas.default;
  const [, pointer] = Object.entries(schemas ?? {}).find(([type]) => isJson(type)) ?? [];
  if (!pointer || typeof body === "string") return [];
  return checkerFor(doc).body(operation, pointer, body, false);
}

function checkerFor(doc: OpenApiDocument): Checker {
  let checker = checkers.get(doc);
  if (!checker) checkers.set(doc, (checker = new Checker(doc)));
  return checker;
}

/** Whether a parameter's schema is (or may be) an array, so that repeated values are kept together. */
function isArray(param: Parameter): boolean {
  const type = param.schema.type;
  return type === "array" || (Array.isArray(type) && type.includes("array"));
}

/** Query values as the spec's styles send them: form (repeated) or comma-separated when `explode: false`. */
function queryData(operation: Operation, query: URLSearchParams, violations: Violation[], credentials: Set<string>) {
  const data: Record<string, unknown> = {};
  const declared = new Set<string>();
  for (const param of operation.parameters) {
    if (param.in !== "query") continue;
    declared.add(param.name);
    const values = query.getAll(param.name);
    if (values.length === 0) continue;
    if (isArray(param)) data[param.name] = param.explode === false ? values.join(",").split(",") : values;
    else data[param.name] = values.length === 1 ? values[0] : values;
  }
  for (const name of new Set(query.keys())) {
    if (declared.has(name) || credentials.has(name)) continue;
    violations.push({
      in: "query",
      name,
      rule: "unknown",
      message: `query parameter "${name}" is not a parameter of this operation (unknown)`,
    });
  }
  return data;
}

/** A form body (multipart or urlencoded) as an object: repeated fields become arrays, files a placeholder string. */
async function formData(parts: RequestParts): Promise<Record<string, unknown>> {
  const form = await new Response(parts.body as BodyInit, {
    headers: { "content-type": parts.headers.get("content-type") ?? "" },
  }).formData();
  const data: Record<string, unknown> = {};
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name).map((value) => (typeof value === "string" ? value : "(file)"));
    data[name] = values.length === 1 ? values[0] : values;
  }
  return data;
}

/** Credentials one alternative of the operation's security needs, missing from the request. */
function missingCredentials(doc: OpenApiDocument, requirement: Record<string, string[]>, parts: RequestParts) {
  const missing: string[] = [];
  for (const name of Object.keys(requirement)) {
    const scheme = doc.components?.securitySchemes?.[name] as Record<string, any> | undefined;
    if (!scheme) continue;
    if (scheme.type === "apiKey" && scheme.in === "header" && !parts.headers.has(scheme.name))
      missing.push(`header "${scheme.name}" (security scheme ${name})`);
    if (scheme.type === "apiKey" && scheme.in === "query" && !parts.query.has(scheme.name))
      missing.push(`query parameter "${scheme.name}" (security scheme ${name})`);
    if (scheme.type === "http") {
      const prefix = `${String(scheme.scheme).toLowerCase()} `;
      if (!parts.headers.get("authorization")?.toLowerCase().startsWith(prefix))
        missing.push(`header "Authorization: ${scheme.scheme} …" (security scheme ${name})`);
    }
  }
  return missing;
}

/** Query parameters that carry a key (apiKey in query): not "unknown" parameters. */
function credentialParams(doc: OpenApiDocument): Set<string> {
  const names = new Set<string>();
  for (const scheme of Object.values<any>(doc.components?.securitySchemes ?? {}))
    if (scheme?.type === "apiKey" && scheme.in === "query") names.add(scheme.name);
  return names;
}

export const isJson = (type: string) => type === "application/json" || type.endsWith("+json");

/** What a check finds: the violations, and the parameters and body as the spec types them ("50" read as 50). */
export interface Checked {
  violations: Violation[];
  query: Record<string, unknown>;
  pathParams: Record<string, unknown>;
  body: unknown;
}

/** Checks a request against its operation; `violations` is empty when it conforms. */
export async function checkRequest(doc: OpenApiDocument, operation: Operation, parts: RequestParts): Promise<Checked> {
  const checker = checkerFor(doc);
  const violations: Violation[] = [];
  if (operation.security.length > 0 && !operation.security.some((r) => Object.keys(r).length === 0)) {
    const gaps = operation.security.map((r) => missingCredentials(doc, r, parts));
    if (gaps.every((gap) => gap.length > 0)) {
      violations.push({
        in: "security",
        name: "",
        rule: "credentials",
        message: `missing credentials: ${gaps[0]!.join(", ")}`,
      });
    }
  }
  const pathParams: Record<string, unknown> = { ...parts.pathParams };
  violations.push(...checker.parameters(operation, "path", pathParams));
  const query = queryData(operation, parts.query, violations, credentialParams(doc));
  violations.push(...checker.parameters(operation, "query", query));
  const headers: Record<string, string> = {};
  for (const param of operation.parameters) {
    const value = param.in === "header" ? parts.headers.get(param.name) : null;
    if (value !== null) headers[param.name.toLowerCase()] = value;
  }
  violations.push(...checker.parameters(operation, "header", headers));
  const body = await readBody(parts);
  violations.push(...checkBody(checker, operation, parts, body));
  return { violations, query, pathParams, body: body.data };
}

/** The body as data: parsed JSON, a form as an object, other text as a string; `json: false` when JSON does not parse. */
async function readBody(parts: RequestParts): Promise<{ data: unknown; json: boolean }> {
  if (parts.body.byteLength === 0) return { data: undefined, json: true };
  const type = parts.contentType ?? "";
  const text = new TextDecoder().decode(parts.body);
  if (isJson(type)) {
    try {
      return { data: JSON.parse(text), json: true };
    } catch {
      return { data: text, json: false };
    }
  }
  if (type === "multipart/form-data" || type === "application/x-www-form-urlencoded") {
    return { data: await formData(parts).catch(() => text), json: true };
  }
  return { data: type.startsWith("text/") || type === "" ? text : "(binary)", json: true };
}

function checkBody(
  checker: Checker,
  operation: Operation,
  parts: RequestParts,
  body: { data: unknown; json: boolean },
): Violation[] {
  const hasBody = parts.body.byteLength > 0;
  const fail = (rule: string, message: string): Violation[] => [{ in: "body", name: "", rule, message }];
  if (!operation.body) return hasBody ? fail("unknown", "this operation takes no request body (unknown)") : [];
  if (!hasBody) return operation.body.required ? fail("required", "the request body is required (required)") : [];
  const type = parts.contentType ?? "";
  const documented = Object.keys(operation.body.content);
  if (!documented.some((t) => t.toLowerCase() === type)) {
    return fail(
      "content-type",
      `content type "${type || "(none)"}" is not one the operation accepts: ${documented.join(", ")} (content-type)`,
    );
  }
  const pointer = operation.body.content[documented.find((t) => t.toLowerCase() === type)!];
  if (!pointer) return [];
  if (isJson(type)) {
    if (!body.json) return fail("json", "the request body is not valid JSON (json)");
    return checker.body(operation, pointer, body.data, false);
  }
  if (type === "multipart/form-data" || type === "application/x-www-form-urlencoded") {
    return checker.body(operation, pointer, structuredClone(body.data), true);
  }
  return [];
}
