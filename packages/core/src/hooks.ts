/**
 * Logging hooks. Events carry the method, the URL, the attempt and the outcome;
 * never headers or bodies, so an API key cannot reach a log through them.
 */

export interface RequestEvent {
  method: string;
  url: string;
  /** 1 for the first attempt. */
  attempt: number;
}

export interface ResponseEvent extends RequestEvent {
  status: number;
  durationMs: number;
}

export interface RetryEvent extends RequestEvent {
  /** How long the client waits before the next attempt. */
  delayMs: number;
  /** Why: an HTTP status such as `503`, or an error name such as `TimeoutError`. */
  reason: string;
}

export interface Hooks {
  onRequest?(event: RequestEvent): void;
  onResponse?(event: ResponseEvent): void;
  onRetry?(event: RetryEvent): void;
}
