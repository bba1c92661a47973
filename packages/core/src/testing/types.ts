/**
 * The types of a fake, read from a vendor's generated `paths`: operation keys
 * (`"GET /v1/customers"`), what a handler is given (typed path parameters,
 * query and body) and what it may answer (the operation's success body, so a
 * misspelled field does not compile, or a reply or fault).
 */
import type { Fault, Reply } from "./answers.js";
import type { RecordedCall } from "./record.js";

type Method = "get" | "put" | "post" | "delete" | "options" | "head" | "patch";

/** Every operation of `Paths` as `"GET /v1/customers"`. */
export type OperationKey<Paths> = {
  [P in keyof Paths & string]: {
    [M in Method]: M extends keyof Paths[P]
      ? [NonNullable<Paths[P][M]>] extends [never]
        ? never
        : `${Uppercase<M>} ${P}`
      : never;
  }[Method];
}[keyof Paths & string];

/** The operation object of a key. */
export type OperationOf<Paths, K> = K extends `${infer M} ${infer P}`
  ? P extends keyof Paths
    ? Lowercase<M> extends keyof Paths[P]
      ? NonNullable<Paths[P][Lowercase<M>]>
      : never
    : never
  : never;

type Or<T, Fallback> = [T] extends [never] ? Fallback : [T] extends [undefined] ? Fallback : T;
type ParamsOf<Op, Where extends string> = Op extends { parameters: infer Ps }
  ? Where extends keyof Ps
    ? Or<NonNullable<Ps[Where]>, Record<string, never>>
    : Record<string, never>
  : Record<string, never>;
type ContentOf<R> = R extends { content: infer C } ? C[keyof C] : undefined;
type Responses<Op> = Op extends { responses: infer R } ? R : {};
/** The body an operation documents for `Status`. */
export type ResponseBody<Op, Status> = Status extends keyof Responses<Op> ? ContentOf<Responses<Op>[Status]> : never;
/** The request body of an operation (the first media type's), or undefined. */
export type RequestBody<Op> = Op extends { requestBody?: infer B } ? ContentOf<NonNullable<B>> : undefined;

type SuccessStatus<Op> = 200 extends keyof Responses<Op>
  ? 200
  : 201 extends keyof Responses<Op>
    ? 201
    : 202 extends keyof Responses<Op>
      ? 202
      : 204 extends keyof Responses<Op>
        ? 204
        : Extract<keyof Responses<Op>, 203 | 205 | 206 | 207>;

/** The body of the operation's first success status: what a handler may return as it is. */
export type SuccessBody<Op> = ResponseBody<Op, SuccessStatus<Op>>;

/** What a handler answers: the success body, a reply, a fault, or `undefined` for the usual answer. */
export type Answer<Op> = SuccessBody<Op> | Reply | Fault;

/** What a handler is given. */
export interface HandlerContext<Op> {
  /** Path parameters, typed as the spec says (`"42"` read as `42` where it says integer). */
  params: ParamsOf<Op, "path">;
  /** Query parameters, typed as the spec says. */
  query: Partial<ParamsOf<Op, "query">>;
  /** The parsed request body (JSON, or a form as an object). */
  body: RequestBody<Op>;
  /** The request's headers (the key included: the record redacts it, a handler may check it). */
  headers: Headers;
  /** The request itself. */
  request: Request;
  /** This call, as the record keeps it. */
  call: RecordedCall;
  /** A reply with a documented status; the body defaults to the spec's example for it. */
  reply<S extends keyof Responses<Op> & number>(
    status: S,
    body?: ResponseBody<Op, S>,
    headers?: Record<string, string>,
  ): Reply<ResponseBody<Op, S>>;
  /** The spec's example of the operation's success body (a fresh copy), to change and return. */
  example(): SuccessBody<Op>;
}

type KeysOf<S> = S extends unknown ? keyof S : never;
type ValueOf<S, K extends PropertyKey> = S extends unknown ? (K extends keyof S ? S[K] : never) : never;

/**
 * `T` with every key that `Shape` does not have (at any depth) typed `never`. TypeScript does
 * not check a function's returned object literal for excess keys; a handler's return type is
 * inferred as `R` and must also match `Exactly<R, SuccessBody>`, so a misspelled field fails.
 */
export type Exactly<T, Shape> = T extends Reply | Fault | undefined | null | string | number | boolean
  ? T
  : T extends readonly (infer E)[]
    ? Exactly<E, Shape extends readonly (infer S)[] ? S : never>[]
    : T extends object
      ? { [K in keyof T]: K extends KeysOf<Shape> ? Exactly<T[K], ValueOf<Shape, K>> : never }
      : T;

/**
 * Plain data of literal types. A handler function's return type `R` bound by it keeps the enum
 * values of a returned body as literals (`"open"`, not `string`), which TypeScript widens when
 * `R` is unbound; `on`/`once` try that signature first.
 */
export type PlainData =
  | string
  | number
  | bigint
  | boolean
  | null
  | undefined
  | Reply
  | Fault
  | PlainData[]
  | {
      [key: string]: PlainData;
    };

/** What a handler function may return: the success body (exactly), a reply, a fault or `undefined`. */
type Returned<Op, R> = (R & SuccessBody<Op> & Exactly<R, SuccessBody<Op>>) | Reply | Fault | undefined;

/**
 * A handler: an answer, or a function of the request returning one (or `undefined` for the
 * usual answer), sync or async. `R` is the type the function returns, inferred by `on`/`once`.
 */
export type Handler<Op, R = SuccessBody<Op>> =
  | Answer<Op>
  | ((context: HandlerContext<Op>) => Returned<Op, R> | Promise<Returned<Op, R>>);

/** Handlers per operation, as `createFake`'s `answers` option takes them. */
export type Handlers<Paths> = { [K in OperationKey<Paths>]?: Handler<OperationOf<Paths, K>> };
