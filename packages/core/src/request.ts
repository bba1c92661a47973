/**
 * One call's request and result, made with openapi-fetch's own exported parts instead of its
 * `createClient`: its body serializer and header merge build the request, with the query
 * serializer of query.ts (openapi-fetch's output, without its path styles) and the URL put
 * together here as its `createFinalURL` does, minus an options record; and the answer is read
 * into `{ data, error, response }` by openapi-fetch's rules (no body for 204, HEAD or
 * `Content-Length: 0`; `parseAs`; an error body as JSON, else text).
 * `createClient` adds middleware, a Request per call and fetch plumbing that the runtime does
 * not use (transport.ts sends), and costs every app about 1.5 kB min+gzip more.
 */
import { defaultBodySerializer, type HeadersOptions, mergeHeaders, type QuerySerializerOptions } from "openapi-fetch";
import { PLACEHOLDER } from "./path.js";
import { createQuerySerializer } from "./query.js";
import type { OutgoingRequest } from "./transport.js";

type Serialize<T> = (value: T, headers?: Headers) => unknown;

/**
 * What a call passes, as openapi-fetch takes it (the client has checked it before). Nothing else
 * is read: openapi-fetch options that would route a call around the runtime's checks (`baseUrl`,
 * `pathSerializer`, `Request`, `middleware`, `requestInitExt`), passed from JavaScript without
 * types, are ignored, and `fetch` is always the client's transport.
 */
export interface CallInit {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: HeadersOptions };
  headers?: HeadersOptions;
  body?: unknown;
  parseAs?: "json" | "text" | "blob" | "arrayBuffer" | "stream";
  querySerializer?: Serialize<Record<string, unknown>> | QuerySerializerOptions;
  bodySerializer?: Serialize<unknown>;
  /** Sends the request (the client's transport). */
  fetch: (request: OutgoingRequest) => Promise<Response>;
}

export interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * A requester bound to a base URL, the client's headers and, for vendors that need one, the
 * client's query serializer; `request` works as openapi-fetch's `client.request`.
 */
export function createRequester(
  baseUrl: string,
  headers: HeadersOptions,
  querySerializer: Serialize<Record<string, unknown>> = createQuerySerializer(),
) {
  return {
    async request(method: string, path: string, init: CallInit): Promise<CallResult> {
      const { params = {}, body, parseAs = "json", bodySerializer = defaultBodySerializer } = init;
      const serialize =
        typeof init.querySerializer === "function"
          ? init.querySerializer
          : init.querySerializer
            ? createQuerySerializer(init.querySerializer)
            : querySerializer;
      const sent =
        body === undefined ? undefined : bodySerializer(body, mergeHeaders(headers, init.headers, params.header));
      // The URL as openapi-fetch's createFinalURL builds it, without its options record.
      const query = (serialize as (query: unknown) => string)(params.query ?? {}).replace(/^\?/, "");
      const request: OutgoingRequest = {
        method: method.toUpperCase(),
        // JSON by default, at the lowest priority; FormData sets its own type with the boundary.
        headers: mergeHeaders(
          sent === undefined || sent instanceof FormData ? {} : { "Content-Type": "application/json" },
          headers,
          init.headers,
          params.header,
        ),
        body: sent as BodyInit | undefined,
        url: `${baseUrl}${
          // Only the simple style: checkPath has made sure every `{name}` has a string or number value.
          params.path
            ? path.replace(PLACEHOLDER, (_, name: string) => encodeURIComponent(String(params.path![name])))
            : path
        }${query ? `?${query}` : ""}`,
      };
      const response = await init.fetch(request);
      const length = response.headers.get("content-length");
      let value: unknown;
      if (
        response.status === 204 ||
        request.method === "HEAD" ||
        (length === "0" && !response.headers.get("transfer-encoding")?.includes("chunked"))
      ) {
        // no body: `data` (or `error`) is undefined
      } else if (!response.ok) {
        value = await response.text();
        try {
          value = JSON.parse(value as string);
        } catch {
          // not JSON: the text as it came
        }
      } else if (parseAs === "stream") value = response.body;
      else if (parseAs !== "json" || length) value = await response[parseAs]();
      else {
        const text = await response.text();
        value = text ? JSON.parse(text) : undefined;
      }
      return { [response.ok ? "data" : "error"]: value, response };
    },
  };
}
