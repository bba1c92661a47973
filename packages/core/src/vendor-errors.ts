/**
 * The API error classes as a package exports them: the very classes of
 * errors.ts (so `instanceof` holds across packages), typed so that
 * `err instanceof NotFoundError` narrows `err.body` to an error body type.
 * TypeScript narrows `instanceof` to the type of the class's `prototype`,
 * which for a generic class is the instance with `any` for its body; here
 * `prototype` is typed, with `unknown` in core and the vendor's error body in
 * each vendor package (`apiErrorClasses<VoxfraErrorBody>()`).
 */
import type * as errors from "./errors.js";
import {
  ApiError as ApiErrorClass,
  AuthenticationError as AuthenticationErrorClass,
  BadRequestError as BadRequestErrorClass,
  ConflictError as ConflictErrorClass,
  InternalServerError as InternalServerErrorClass,
  isApiError as isApiErrorGuard,
  NotFoundError as NotFoundErrorClass,
  PermissionDeniedError as PermissionDeniedErrorClass,
  RateLimitError as RateLimitErrorClass,
  UnprocessableEntityError as UnprocessableEntityErrorClass,
} from "./errors.js";

/** An error class whose `instanceof` narrows to `Instance`. */
export interface ErrorClass<Instance, Body> {
  new (init: errors.ApiErrorInit<Body>): Instance;
  readonly prototype: Instance;
}

/** The API error classes and guard, typed with one error body. */
export interface ApiErrorClasses<Body> {
  ApiError: ErrorClass<ApiError<Body>, Body>;
  BadRequestError: ErrorClass<BadRequestError<Body>, Body>;
  AuthenticationError: ErrorClass<AuthenticationError<Body>, Body>;
  PermissionDeniedError: ErrorClass<PermissionDeniedError<Body>, Body>;
  NotFoundError: ErrorClass<NotFoundError<Body>, Body>;
  ConflictError: ErrorClass<ConflictError<Body>, Body>;
  UnprocessableEntityError: ErrorClass<UnprocessableEntityError<Body>, Body>;
  RateLimitError: ErrorClass<RateLimitError<Body>, Body>;
  InternalServerError: ErrorClass<InternalServerError<Body>, Body>;
  /** Narrows a caught value to an {@link ApiError} with this body type, without a cast. */
  isApiError<B = Body>(error: unknown): error is ApiError<B>;
}

/** The API error classes, typed with `Body` (no run-time cost: the same classes). */
export function apiErrorClasses<Body>(): ApiErrorClasses<Body> {
  return CLASSES as unknown as ApiErrorClasses<Body>;
}

const CLASSES: ApiErrorClasses<unknown> = {
  ApiError: ApiErrorClass,
  BadRequestError: BadRequestErrorClass,
  AuthenticationError: AuthenticationErrorClass,
  PermissionDeniedError: PermissionDeniedErrorClass,
  NotFoundError: NotFoundErrorClass,
  ConflictError: ConflictErrorClass,
  UnprocessableEntityError: UnprocessableEntityErrorClass,
  RateLimitError: RateLimitErrorClass,
  InternalServerError: InternalServerErrorClass,
  isApiError: isApiErrorGuard,
};

// Core's own exports: until a vendor package types it, a body is `unknown`, never `any`. Each is a
// plain reference to the class, so a bundler drops the ones an app does not use (a destructured
// call result it must keep).
type Classes = ApiErrorClasses<unknown>;
export const ApiError: Classes["ApiError"] = ApiErrorClass;
export const BadRequestError: Classes["BadRequestError"] = BadRequestErrorClass;
export const AuthenticationError: Classes["AuthenticationError"] = AuthenticationErrorClass;
export const PermissionDeniedError: Classes["PermissionDeniedError"] = PermissionDeniedErrorClass;
export const NotFoundError: Classes["NotFoundError"] = NotFoundErrorClass;
export const ConflictError: Classes["ConflictError"] = ConflictErrorClass;
export const UnprocessableEntityError: Classes["UnprocessableEntityError"] = UnprocessableEntityErrorClass;
export const RateLimitError: Classes["RateLimitError"] = RateLimitErrorClass;
export const InternalServerError: Classes["InternalServerError"] = InternalServerErrorClass;
export const isApiError: Classes["isApiError"] = isApiErrorGuard;
export type ApiError<Body = unknown> = errors.ApiError<Body>;
export type BadRequestError<Body = unknown> = errors.BadRequestError<Body>;
export type AuthenticationError<Body = unknown> = errors.AuthenticationError<Body>;
export type PermissionDeniedError<Body = unknown> = errors.PermissionDeniedError<Body>;
export type NotFoundError<Body = unknown> = errors.NotFoundError<Body>;
export type ConflictError<Body = unknown> = errors.ConflictError<Body>;
export type UnprocessableEntityError<Body = unknown> = errors.UnprocessableEntityError<Body>;
export type RateLimitError<Body = unknown> = errors.RateLimitError<Body>;
export type InternalServerError<Body = unknown> = errors.InternalServerError<Body>;
