/**
 * The shipped OpenAPI document as the fake reads it: its operations, each with
 * its route pattern, its parameters (local `$ref`s followed) and where their
 * schemas sit in the document, so the validator can point at them.
 */

/** The parts of an OpenAPI 3.1 document the fake reads; everything else passes through untouched. */
export interface OpenApiDocument {
  openapi: string;
  servers?: { url: string }[];
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  security?: Record<string, string[]>[];
  [key: string]: unknown;
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  style?: string;
  explode?: boolean;
  /** The parameter's schema with a top-level `$ref` followed (to read its type). */
  schema: Record<string, unknown>;
  /** JSON pointer (in the document) to the parameter's schema. */
  pointer: string;
}

export interface Operation {
  /** `GET /v1/customers`: how the fake and its users name an operation. */
  key: string;
  method: string;
  path: string;
  operationId: string;
  parameters: Parameter[];
  /** Media type → JSON pointer of its schema; absent when the operation takes no body. */
  body?: { required: boolean; content: Record<string, string | undefined> };
  /** Documented responses by status (`200`, `4XX`, `default`), `$ref`s followed. */
  responses: Record<string, Record<string, any>>;
  /** Status → media type → JSON pointer of the response body's schema. */
  responseSchemas: Record<string, Record<string, string>>;
  /** Alternatives of security requirements; an empty list (or an empty one inside) means no key needed. */
  security: Record<string, string[]>[];
  /** Matches a request path; groups are the path parameters in order. */
  pattern: RegExp;
  /** The path parameters' names, in the order of the pattern's groups. */
  pathNames: string[];
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"];

/** Escapes one JSON pointer segment. */
export const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** Follows a local `$ref` (`#/components/...`), and any chain of them; returns the value and its pointer. */
export function deref(doc: OpenApiDocument, value: any, pointer: string): { value: any; pointer: string } {
  for (let hops = 0; value && typeof value === "object" && typeof value.$ref === "string"; hops++) {
    const ref: string = value.$ref;
    if (!ref.startsWith("#/") || hops > 20)
      throw new Error(`Unsupported $ref ${ref} (the fake reads bundled specs only)`);
    pointer = ref.slice(1);
    value = ref
      .slice(2)
      .split("/")
      .reduce<any>((node, part) => node?.[part.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
    if (value === undefined) throw new Error(`$ref ${ref} points at nothing`);
  }
  return { value, pointer };
}

/** A regular expression matching a path template such as `/v1/customers/{id}`; one group per parameter. */
function compilePattern(path: string): { pattern: RegExp; pathNames: string[] } {
  const pathNames: string[] = [];
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      pathNames.push(name);
      return "([^/]+)";
    })
    .join("");
  return { pattern: new RegExp(`^${source}$`), pathNames };
}

/** Every operation of the document, literal routes before templated ones (`/calls/stats` before `/calls/{id}`). */
export function readOperations(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const itemPointer = `/paths/${escapePointer(path)}`;
    const item = deref(doc, rawItem, itemPointer);
    for (const method of METHODS) {
      const op = item.value[method];
      if (!op) continue;
      const opPointer = `${item.pointer}/${method}`;
      const parameters = new Map<string, Parameter>();
      const lists: [unknown[], string][] = [
        [item.value.parameters ?? [], `${item.pointer}/parameters`],
        [op.parameters ?? [], `${opPointer}/parameters`],
      ];
      for (const [list, listPointer] of lists) {
        list.forEach((raw, index) => {
          const { value: param, pointer } = deref(doc, raw, `${listPointer}/${index}`);
          const schema = deref(doc, param.schema ?? {}, `${pointer}/schema`).value;
          parameters.set(`${param.in}:${param.name}`, {
            name: param.name,
            in: param.in,
            required: param.in === "path" || param.required === true,
            style: param.style,
            explode: param.explode,
            schema,
            pointer: `${pointer}/schema`,
          });
        });
      }
      let body: Operation["body"];
      if (op.requestBody) {
        const { value: requestBody, pointer } = deref(doc, op.requestBody, `${opPointer}/requestBody`);
        const content: Record<string, string | undefined> = {};
        for (const [type, media] of Object.entries<any>(requestBody.content ?? {})) {
          content[type] = media?.schema ? `${pointer}/content/${escapePointer(type)}/schema` : undefined;
        }
        body = { required: requestBody.required === true, content };
      }
      const responses: Record<string, any> = {};
      const responseSchemas: Record<string, Record<string, string>> = {};
      for (const [status, raw] of Object.entries(op.responses ?? {})) {
        const { value, pointer } = deref(doc, raw, `${opPointer}/responses/${status}`);
        responses[status] = value;
        responseSchemas[status] = {};
        for (const [type, media] of Object.entries<any>(value?.content ?? {})) {
          if (media?.schema) responseSchemas[status][type] = `${pointer}/content/${escapePointer(type)}/schema`;
        }
      }
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        operationId: op.operationId ?? `${method.toUpperCase()} ${path}`,
        parameters: [...parameters.values()],
        body,
        responses,
        responseSchemas,
        security: op.security ?? doc.security ?? [],
        ...compilePattern(path),
      });
    }
  }
  // Fewer parameters first, so that a literal segment wins over a template.
  return operations.sort((a, b) => a.pathNames.length - b.pathNames.length);
}

/** The operation a request reaches, with its path parameters (decoded), or undefined. */
export function matchOperation(
  operations: Operation[],
  method: string,
  pathname: string,
): { operation: Operation; params: Record<string, string> } | undefined {
  for (const operation of operations) {
    if (operation.method !== method) continue;
    const found = operation.pattern.exec(pathname);
    if (!found) continue;
    const params: Record<string, string> = {};
    operation.pathNames.forEach((name, index) => {
      params[name] = decodeURIComponent(found[index + 1]!);
    });
    return { operation, params };
  }
  return undefined;
}
