/**
 * The error a fake's `fetch` fails a call with when the request breaks the
 * spec. It is an SdkError of the main entry (imported by package name, so the
 * class is the one the client knows): the client passes it to the caller
 * unchanged and never retries it.
 */
import { SdkError } from "@voiceapis/core";
import type { Violation } from "./validate.js";

export class RequestValidationError extends SdkError {
  override name = "RequestValidationError";
  /** The operation (`"GET /v1/customers"`), or undefined when no operation matched. */
  readonly operation: string | undefined;
  readonly operationId: string | undefined;
  readonly violations: Violation[];

  constructor(
    where: { operation?: string | undefined; operationId?: string | undefined; method: string; path: string },
    violations: Violation[],
  ) {
    const name = where.operation ? `${where.operationId} (${where.operation})` : `${where.method} ${where.path}`;
    super(
      `${name} does not match the spec: ${violations.map((v) => v.message).join("; ")}. ` +
        "The test fake checks every request against the vendor's OpenAPI spec, as the real API would.",
    );
    this.operation = where.operation;
    this.operationId = where.operationId;
    this.violations = violations;
  }
}

/**
 * The error a fake's `fetch` fails a call with when an answer the test set (a body, a reply,
 * an error body) breaks the response the spec documents for its status: the stub is wrong,
 * not the code under test. Turn the check off with `checkAnswers: false`.
 */
export class AnswerValidationError extends SdkError {
  override name = "AnswerValidationError";
  readonly operation: string;
  readonly status: number;
  readonly violations: Violation[];

  constructor(where: { operation: string; operationId: string }, status: number, violations: Violation[]) {
    super(
      `The answer the test set for ${where.operationId} (${where.operation}) with status ${status} does not match the spec: ` +
        `${violations.map((v) => v.message).join("; ")}. Fix the stub, or pass checkAnswers: false to the fake.`,
    );
    this.operation = where.operation;
    this.status = status;
    this.violations = violations;
  }
}

/**
 * The error a fake's `fetch` fails a call with when a test's handler function throws (a failed
 * assertion, a bug in a stateful stub): the handler's error is its `cause`. As an SdkError it
 * reaches the caller as it is, instead of being read as a dropped connection and retried.
 */
export class HandlerError extends SdkError {
  override name = "HandlerError";
  readonly operation: string;

  constructor(where: { operation: string; operationId: string }, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`The handler the test set for ${where.operationId} (${where.operation}) threw: ${reason}`, { cause });
    this.operation = where.operation;
  }
}
