/**
 * `createFake`: an in-process fake of a vendor API, built from its OpenAPI
 * document. Its `fetch` plugs into a client's `fetch` option; `mswHandler`
 * serves the same fake to MSW. Each request is checked against the spec,
 * recorded (credentials redacted) and answered: the spec's example by default,
 * or what a handler set with `on`/`once` returns.
 */
import { connectionReset, defaultBody, Fault, Reply, successStatus, toResponse, wait } from "./answers.js";
import { SdkError } from "@voiceapis/core";
import { AnswerValidationError, HandlerError, RequestValidationError } from "./errors.js";
import { credentialNames, type RecordedCall, redactHeaders, REDACTED } from "./record.js";
import { matchOperation, type OpenApiDocument, type Operation, readOperations } from "./spec.js";
import type { Handler, HandlerContext, Handlers, OperationKey, OperationOf, PlainData, SuccessBody } from "./types.js";
import { checkAnswer, checkRequest } from "./validate.js";

export interface FakeOptions<Paths> {
  /** Handlers to start with, by operation (`"GET /v1/customers"`); the same as calling `on` for each. */
  answers?: Handlers<Paths> | undefined;
  /** Check every request against the spec (default true). */
  validate?: boolean | undefined;
  /** Check every body a test sets as an answer against the response the spec documents for its status (default true). */
  checkAnswers?: boolean | undefined;
  /** Where the fake is served, for MSW and to strip a base path (default: the spec's first server). */
  baseUrl?: string | undefined;
}

/** The faults a fake can answer with, each in one line. */
export interface Faults<ErrorBody> {
  /** The connection drops before an answer: the client sees a ConnectionError (retried, if retries are on). */
  connectionReset(): Fault;
  /** No answer until the request is aborted: the client's `timeout` or `signal` ends it. */
  hang(): Fault;
  /** Waits `ms`, then answers with `then` (default: the operation's usual answer). */
  delay(ms: number, then?: Reply | unknown): Fault;
  /** 429 with `Retry-After` in seconds; the body defaults to the spec's 429 example. */
  rateLimit(retryAfterSeconds?: number, body?: ErrorBody): Reply<ErrorBody>;
  /** A 5xx (default 500); the body defaults to the spec's example for it. */
  serverError(status?: number, body?: ErrorBody): Reply<ErrorBody>;
}

/** A `http` namespace as MSW exports it (only `all` is used). */
export interface MswHttp<H> {
  all(path: string, resolver: (info: { request: Request }) => Promise<Response>): H;
}

export interface Fake<Paths, ErrorBody = unknown> {
  /** A fetch for a client's `fetch` option. Fails with a RequestValidationError when a request breaks the spec. */
  readonly fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /**
   * Sets the answer of an operation until `reset` (replacing an earlier one). Two signatures: the
   * first, for a function returning plain data, keeps its enum values as literals (`"open"`, not
   * `string`); the second takes any other answer, such as stored data with fields of unknown type.
   */
  on<K extends OperationKey<Paths>, R extends PlainData>(
    operation: K,
    handler: Handler<OperationOf<Paths, K>, R>,
  ): this;
  /** Sets the answer of an operation until `reset`: any answer, such as stored data with fields of unknown type. */
  on<K extends OperationKey<Paths>, R>(operation: K, handler: Handler<OperationOf<Paths, K>, R>): this;
  /** Sets the answer of the next call of an operation only; queued ones are used in order, before `on`'s. */
  once<K extends OperationKey<Paths>, R extends PlainData>(
    operation: K,
    handler: Handler<OperationOf<Paths, K>, R>,
  ): this;
  /** Sets the answer of the next call of an operation only: any answer, as `on`'s second signature takes. */
  once<K extends OperationKey<Paths>, R>(operation: K, handler: Handler<OperationOf<Paths, K>, R>): this;
  /** An error reply with the vendor's error body; the body defaults to the spec's example for the status. */
  error(status: number, body?: ErrorBody, headers?: Record<string, string>): Reply<ErrorBody>;
  /** Faults: `fake.on("GET /v1/x", fake.fault.connectionReset())`. */
  readonly fault: Faults<ErrorBody>;
  /** Every call so far, oldest first. */
  readonly calls: readonly RecordedCall[];
  /** The calls of one operation (`"GET /v1/customers"`). */
  callsTo(operation: OperationKey<Paths>): RecordedCall[];
  /** The last call (of one operation, if given); throws when there is none. */
  lastCall(operation?: OperationKey<Paths>): RecordedCall;
  /** The spec's example of an operation's success body (a fresh copy). */
  example<K extends OperationKey<Paths>>(operation: K): SuccessBody<OperationOf<Paths, K>>;
  /** Forgets handlers and calls. */
  reset(): void;
  /** An MSW request handler serving this fake on its `baseUrl`: `setupServer(fake.mswHandler(http))`. */
  mswHandler<H>(http: MswHttp<H>): H;
  /** Where the fake is served. */
  readonly baseUrl: string;
}

/** A query as sent: one string per parameter, or the strings of a repeated one. */
function sentQuery(params: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    query[name] = values.length === 1 ? values[0] : values;
  }
  return query;
}

const operationsOf = new WeakMap<OpenApiDocument, Operation[]>();
const answerOf = (operation: Operation) => ({ operation: operation.key, operationId: operation.operationId });

/** Builds a fake of the API `spec` describes. Vendor packages wrap it with their types: `create<Vendor>Fake`. */
export function createFake<Paths, ErrorBody = unknown>(
  spec: OpenApiDocument,
  options: FakeOptions<Paths> = {},
): Fake<Paths, ErrorBody> {
  let operations = operationsOf.get(spec);
  if (!operations) operationsOf.set(spec, (operations = readOperations(spec)));
  const all = operations;
  const baseUrl = (options.baseUrl ?? spec.servers?.[0]?.url ?? "http://localhost").replace(/\/$/, "");
  const basePath = new URL(baseUrl).pathname.replace(/\/$/, "");
  const secrets = credentialNames(spec);
  const validate = options.validate ?? true;
  const checkAnswers = options.checkAnswers ?? true;
  const handlers = new Map<string, Handler<any, any>>();
  const queued = new Map<string, Handler<any, any>[]>();
  const calls: RecordedCall[] = [];

  const byKey = (key: string) => {
    const operation = all.find((op) => op.key === key);
    if (!operation) throw new Error(`The spec has no operation "${key}"; operations look like "GET /v1/customers".`);
    return operation;
  };
  /** The query as recorded: every credential the spec sends in the query replaced by `[redacted]`. */
  const redactQuery = (query: Record<string, unknown>, sent: URLSearchParams) => {
    for (const name of secrets.query) if (sent.has(name)) query[name] = REDACTED;
    return query;
  };
  const example = (operation: Operation) =>
    structuredClone(defaultBody(spec, all, operation, successStatus(operation))?.body);

  async function handle(input: Request | string | URL, init?: RequestInit, viaMsw = false): Promise<Response> {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = new URL(request.url);
    const path = basePath && url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
    const method = request.method.toUpperCase();
    const found = matchOperation(all, method, path);
    const bytes = new Uint8Array(await request.arrayBuffer());
    const call: RecordedCall = {
      operation: found?.operation.key,
      operationId: found?.operation.operationId,
      method,
      path,
      params: found?.params ?? {},
      query: redactQuery(sentQuery(url.searchParams), url.searchParams),
      body: undefined,
      headers: redactHeaders(request.headers, secrets.headers),
      violations: [],
    };
    calls.push(call);
    if (!found) {
      call.violations.push({
        in: "path",
        name: path,
        rule: "route",
        message: `no operation of the spec is ${method} ${path}`,
      });
      return refuse(new RequestValidationError({ method, path }, call.violations), viaMsw);
    }
    const { operation } = found;
    const checked = await checkRequest(spec, operation, {
      pathParams: found.params,
      query: url.searchParams,
      headers: request.headers,
      contentType: request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase(),
      body: bytes,
    });
    call.params = checked.pathParams;
    // Parameters the operation does not declare stay in the record as sent, next to the typed ones.
    call.query = redactQuery({ ...sentQuery(url.searchParams), ...checked.query }, url.searchParams);
    call.body = checked.body;
    call.violations = checked.violations;
    if (validate && checked.violations.length > 0) {
      const where = { operation: operation.key, operationId: operation.operationId, method, path };
      return refuse(new RequestValidationError(where, checked.violations), viaMsw);
    }
    const handler = queued.get(operation.key)?.shift() ?? handlers.get(operation.key);
    let answer: unknown = handler;
    if (typeof handler === "function") {
      const context = {
        params: checked.pathParams,
        query: checked.query,
        body: checked.body,
        headers: request.headers,
        request,
        call,
        reply: (status: number, body?: unknown, headers?: Record<string, string>) => new Reply(status, body, headers),
        example: () => example(operation),
      };
      try {
        answer = await (handler as (context: HandlerContext<unknown>) => unknown)(context as HandlerContext<unknown>);
      } catch (error) {
        // Through fetch, anything but an SdkError would reach the caller as a ConnectionError, and be retried.
        if (viaMsw || error instanceof SdkError) throw error;
        throw new HandlerError(answerOf(operation), error);
      }
    }
    return respond(operation, answer, request, viaMsw);
  }

  /**
   * A request that breaks the spec: through `fetch`, the call fails with the error itself (the
   * client passes an SdkError on unchanged and never retries it). Through MSW, whose handlers
   * answer rather than throw, it gets Prism's answer for the same case: a 422 problem document.
   */
  function refuse(error: RequestValidationError, viaMsw: boolean): Response {
    if (!viaMsw) throw error;
    const problem = {
      title: "The request does not match the spec",
      status: 422,
      detail: error.message,
      violations: error.violations,
    };
    return new Response(JSON.stringify(problem), {
      status: 422,
      headers: { "content-type": "application/problem+json" },
    });
  }

  async function respond(operation: Operation, answer: unknown, request: Request, viaMsw: boolean): Promise<Response> {
    if (answer instanceof Fault) {
      if (answer.kind === "reset") {
        if (viaMsw) return Response.error();
        throw connectionReset();
      }
      await wait(answer.kind === "hang" ? Number.POSITIVE_INFINITY : answer.ms, request.signal);
      return respond(operation, answer.then, request, viaMsw);
    }
    const reply = answer instanceof Reply ? answer : new Reply(successStatus(operation), answer);
    if (checkAnswers && reply.body !== undefined) {
      const violations = checkAnswer(spec, operation, reply.status, reply.body);
      if (violations.length) throw new AnswerValidationError(answerOf(operation), reply.status, violations);
    }
    const fallback = defaultBody(spec, all, operation, reply.status);
    const body = reply.body === undefined ? structuredClone(fallback?.body) : reply.body;
    return toResponse(reply.status, body, fallback?.type, reply.headers, request.method);
  }

  const fake: Fake<Paths, ErrorBody> = {
    fetch: (input, init) => handle(input, init),
    on(key: string, handler: Handler<any, any>) {
      byKey(key);
      handlers.set(key, handler);
      return fake;
    },
    once(key: string, handler: Handler<any, any>) {
      byKey(key);
      const list = queued.get(key) ?? [];
      list.push(handler);
      queued.set(key, list);
      return fake;
    },
    error: (status, body, headers) => new Reply(status, body, headers),
    fault: {
      connectionReset: () => new Fault("reset"),
      hang: () => new Fault("hang"),
      delay: (ms, then) => new Fault("delay", ms, then),
      rateLimit: (seconds = 1, body) => new Reply(429, body, { "retry-after": String(seconds) }),
      serverError: (status = 500, body) => new Reply(status, body),
    },
    get calls() {
      return calls;
    },
    callsTo: (key) => calls.filter((call) => call.operation === key),
    lastCall(key) {
      const list = key === undefined ? calls : calls.filter((call) => call.operation === key);
      const last = list[list.length - 1];
      if (!last) throw new Error(key ? `No call of ${key} was made.` : "No call was made.");
      return last;
    },
    example: (key) => example(byKey(key)) as any,
    reset() {
      handlers.clear();
      queued.clear();
      calls.length = 0;
      for (const [key, handler] of Object.entries(options.answers ?? {})) handlers.set(key, handler as Handler<any>);
    },
    mswHandler: (http) => http.all(`${baseUrl}/*`, ({ request }) => handle(request, undefined, true)),
    baseUrl,
  };
  fake.reset();
  return fake;
}
