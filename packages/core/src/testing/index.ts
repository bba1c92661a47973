/**
 * @voiceapis/core/testing: the shared test kit behind every vendor's
 * `@voiceapis/<slug>/testing` entry — an in-process fake of an API built from
 * its OpenAPI document, which checks each request against the spec (ajv),
 * records calls with credentials redacted, and answers with the spec's
 * examples, typed overrides, errors and faults. The main entry never imports it.
 */
export { type ClientFactory, type WiredClients, withClients } from "./clients.js";
export { createFake, type Fake, type FakeOptions, type Faults, type MswHttp } from "./fake.js";
export { Fault, Reply } from "./answers.js";
export { AnswerValidationError, HandlerError, RequestValidationError } from "./errors.js";
export { REDACTED, type RecordedCall } from "./record.js";
export type { OpenApiDocument } from "./spec.js";
export type {
  Answer,
  Exactly,
  Handler,
  HandlerContext,
  Handlers,
  OperationKey,
  OperationOf,
  PlainData,
  RequestBody,
  ResponseBody,
  SuccessBody,
} from "./types.js";
export type { Violation } from "./validate.js";
