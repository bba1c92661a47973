/**
 * The types of a vendor client: openapi-fetch's typed methods, plus per-call
 * options, an optional throwing mode, and `paginate` for declared list operations.
 *
 * A call's init is typed from its path alone (no generic inferred from the
 * argument), so that TypeScript checks it as an object literal: a misspelled
 * key anywhere in it (`parmas`, `maxRetry`, a body field) does not compile,
 * with a "did you mean" where the checker finds one.
 */
import type {
  BodySerializer,
  FetchResponse,
  HeadersOptions,
  ParamsOption,
  ParseAs,
  QuerySerializer,
  QuerySerializerOptions,
  RequestBodyOption,
} from "openapi-fetch";
import type * as Helpers from "openapi-typescript-helpers";
import type { RequiredKeysOf } from "openapi-typescript-helpers";
import type { Hooks } from "./hooks.js";
import type { Page, PaginateLimits, PaginationMeta, Paginator } from "./paginate.js";
import type { PathValue } from "./path-value.js";

/** The methods a client offers (TRACE is left out: fetch refuses it in every runtime). */
type HttpMethod = Exclude<Helpers.HttpMethod, "trace">;

/** Options a single call may override. */
export interface CallOptions {
  /** Retries for this call; 0 turns them off. */
  maxRetries?: number | undefined;
  /** Deadline of each attempt of this call, in milliseconds: the answer and its whole body. */
  timeout?: number | undefined;
  /** Sends an idempotency key header, which also makes POST and PATCH retryable. */
  idempotencyKey?: string | undefined;
  /** Cancels the call (also between retries and while the body downloads) with an `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Extra headers for this call. */
  headers?: HeadersOptions | undefined;
}

/** Options every `create<Vendor>Client` accepts. */
export interface ClientOptions<Throws extends boolean = false> {
  /** The API key. Falls back to the vendor's `<SLUG>_API_KEY` environment variable. */
  apiKey?: string | undefined;
  /** Defaults to the vendor's production host; point it at a mock server for tests. */
  baseUrl?: string | undefined;
  /**
   * A fetch implementation (defaults to the global one). It is given each attempt's Request,
   * with `redirect: "manual"` (the client follows redirects itself) and the attempt's signal.
   */
  fetch?: ((input: Request) => Promise<Response>) | undefined;
  /** Deadline of each attempt in milliseconds, the answer and its whole body (default 60 000; at most 2,147,483,647). */
  timeout?: number | undefined;
  /** Retries after the first attempt (default 2; 0 turns retries off). */
  maxRetries?: number | undefined;
  /** The longest wait a server's `Retry-After` may impose, in milliseconds (default 60 000; at most 2,147,483,647). */
  maxRetryAfter?: number | undefined;
  /** Throw a typed error on a non-2xx response instead of returning `{ error }`. */
  throwOnError?: Throws | undefined;
  /** Extra headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** Logging hooks; they never see headers or bodies, and one that throws does not change the call. */
  hooks?: Hooks | undefined;
}

type PathsWithMethod<Paths, M extends HttpMethod> = Helpers.PathsWithMethod<Paths & {}, M> & keyof Paths & string;

/** The operation object of `P`/`M`. */
type Operation<Paths, P extends keyof Paths, M extends HttpMethod> = Paths[P][M & keyof Paths[P]];

/**
 * What a call takes besides params and body: our per-call options and
 * openapi-fetch's serializers. Not offered: openapi-fetch's `fetch`, `baseUrl`
 * and `middleware` (they would route the call around the runtime, or send the
 * key to another host), nor `RequestInit` fields such as `cache`, `credentials`
 * or `redirect`, which the runtime does not pass on (it builds each attempt's
 * request itself), so that setting one is a compile error, not a silent no-op.
 */
interface RequestExtras<Op> extends CallOptions {
  querySerializer?: QuerySerializer<Op> | QuerySerializerOptions | undefined;
  /** Builds the request body, e.g. `FormData` for a multipart operation. */
  bodySerializer?: BodySerializer<Op> | undefined;
}

/** `T` with each optional key also taking `undefined`; required keys are left as they are. */
type OptionalMayBeUndefined<T> = { [K in keyof T]: {} extends Pick<T, K> ? T[K] | undefined : T[K] };

/**
 * An operation's parameters as a call takes them: an optional query or header
 * parameter may be given as `undefined` (it is left out of the request, as when
 * absent), so that code built with `exactOptionalPropertyTypes` can pass a value
 * that may be unset. Path parameters stay as generated: all are required.
 */
type CallParams<Params> = {
  [K in keyof Params]: K extends "query" | "header" ? OptionalMayBeUndefined<NonNullable<Params[K]>> : Params[K];
};

/** The `params` of a call; required when the operation has a required parameter (openapi-fetch's `ParamsOption`, loosened). */
type ParamsInit<Op> = Op extends { parameters: infer Params }
  ? RequiredKeysOf<Params> extends never
    ? { params?: CallParams<Params> | undefined }
    : { params: CallParams<Params> }
  : ParamsOption<Op>;

/** A JSON body whose optional top-level fields may be `undefined` (`JSON.stringify` leaves them out); arrays and primitives as they are. */
type LooseBody<B> = B extends readonly unknown[] ? B : B extends object ? OptionalMayBeUndefined<B> : B;

/**
 * The `body` of a call (openapi-fetch's `RequestBodyOption`); a JSON body is
 * loosened at the top level. Other bodies (multipart, form) are left as they
 * are: their serializers would send an `undefined` field as the text "undefined".
 */
type BodyInit<Op> =
  RequestBodyOption<Op> extends infer O
    ? Op extends { requestBody?: { content: { "application/json": unknown } } }
      ? { [K in keyof O]: LooseBody<O[K]> }
      : O
    : never;

/** The init of one call: the operation's params and body, and per-call options. */
export type CallInit<Op, As extends ParseAs = "json"> = ParamsInit<Op> &
  BodyInit<Op> &
  RequestExtras<Op> & {
    /** How to read a successful body (default `json`); `text` for CSV or HTML answers. */
    parseAs?: As | undefined;
  };

/** The init argument: required when the operation has a required parameter or body. */
type InitArgs<I> = RequiredKeysOf<I> extends never ? [init?: I] : [init: I];

type Success<R> = Extract<R, { error?: never }>;
type DataOf<R> = R extends { data?: infer D } ? D : never;

/** What every call result carries besides `data` and `error`. */
export interface ResultMeta {
  /**
   * The raw response: the escape hatch for what the typed result leaves out (status, headers).
   * Its body has already been read into `data` or `error`.
   */
  response: Response;
  /** The vendor's request id from the response headers, to quote in a support ticket; undefined when absent. */
  requestId: string | undefined;
}

/** What a call resolves to: `{ data, error, response, requestId }`, or, when throwing, always `data`. */
export type CallResult<R, Throws extends boolean> = (Throws extends true
  ? { data: Exclude<DataOf<R>, undefined>; error?: never }
  : R) &
  ResultMeta;

type Response_<Op, As extends ParseAs> = FetchResponse<
  Op & Record<string | number, any>,
  { parseAs: As },
  `${string}/${string}`
>;

type Method<Paths, M extends HttpMethod, Throws extends boolean> = <
  P extends PathsWithMethod<Paths, M>,
  As extends ParseAs = "json",
>(
  url: P,
  ...init: InitArgs<CallInit<Operation<Paths, P, M>, As>>
) => Promise<CallResult<Response_<Operation<Paths, P, M>, As>, Throws>>;

/** The JSON body a successful call of `P`/`M` answers with. */
export type SuccessBody<Paths, P extends keyof Paths, M extends HttpMethod> = NonNullable<
  Success<Response_<Operation<Paths, P, M>, "json">>["data"]
>;

/** The element type of a list; a list that may be absent (an optional field) counts as the list. */
type ElementOf<T> = NonNullable<T> extends readonly (infer E)[] ? E : unknown;

export type PaginationMap = Record<string, PaginationMeta>;

/** The item type of a paginated list operation. */
export type ItemOf<Paths, Pag extends PaginationMap, P extends keyof Pag & keyof Paths> = ElementOf<
  PathValue<SuccessBody<Paths, P, Pag[P]["method"] & HttpMethod>, Pag[P]["items"]>
>;

/** The init of `paginate`: a call's init (always JSON) and the walk's limits. */
type PaginateInit<Op> = ParamsInit<Op> & BodyInit<Op> & RequestExtras<Op> & PaginateLimits;

export type PaginateFn<Paths, Pag extends PaginationMap> = <P extends keyof Pag & keyof Paths & string>(
  url: P,
  ...init: InitArgs<PaginateInit<Operation<Paths, P, Pag[P]["method"] & HttpMethod>>>
) => Paginator<ItemOf<Paths, Pag, P>, SuccessBody<Paths, P, Pag[P]["method"] & HttpMethod>>;

export type { Page };

/** A typed vendor client. */
export interface ApiClient<Paths, Pag extends PaginationMap = {}, Throws extends boolean = false> {
  GET: Method<Paths, "get", Throws>;
  PUT: Method<Paths, "put", Throws>;
  POST: Method<Paths, "post", Throws>;
  DELETE: Method<Paths, "delete", Throws>;
  OPTIONS: Method<Paths, "options", Throws>;
  HEAD: Method<Paths, "head", Throws>;
  PATCH: Method<Paths, "patch", Throws>;
  /** Walks a list operation declared with `x-pagination`; always throws typed errors. */
  paginate: PaginateFn<Paths, Pag>;
}
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type LoosenPath<PP, K extends PropertyKey> = Simplify<Omit<PP, K> & Partial<Pick<PP, Extract<K, keyof PP>>>>;
type LoosenParams<Params, K extends PropertyKey> = Params extends { path: infer PP }
  ? RequiredKeysOf<LoosenPath<PP, K>> extends never
    ? Simplify<Omit<Params, "path"> & { path?: LoosenPath<PP, K> }>
    : Simplify<Omit<Params, "path"> & { path: LoosenPath<PP, K> }>
  : Params;
type LoosenOperation<Op, K extends PropertyKey> = Op extends { parameters: infer Params }
  ? Simplify<Omit<Op, "parameters"> & { parameters: LoosenParams<Params, K> }>
  : Op;

/**
 * `Paths` with the path parameters `K` made optional on every operation, for
 * clients that fill them from an option (Voxys' `accountId` → `account_id`).
 */
export type WithPathDefaults<Paths, K extends string> = {
  [P in keyof Paths]: { [M in keyof Paths[P]]: M extends HttpMethod ? LoosenOperation<Paths[P][M], K> : Paths[P][M] };
};
