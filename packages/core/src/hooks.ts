/**
 * Logging hooks. Events carry the method, the URL, the attempt and the outcome;
 * never headers or bodies, so an API key cannot reach a log through them.
 *
 * A hook is an observer: one that throws (or, if async, rejects) does not change the call. Its error is dropped, and
 * the request, its retries and its result go on as if the hook had returned. (A logging bug
 * must not turn a payment that went through into an error the caller retries.)
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

/** Calls a hook (as a method of `hooks`), dropping anything it throws (see above). */
export function safely<K extends keyof Hooks>(
  hooks: Hooks | undefined,
  name: K,
  event: Parameters<NonNullable<Hooks[K]>>[0],
): void {
  try {
    const result: unknown = (hooks?.[name] as ((this: Hooks, event: unknown) => unknown) | undefined)?.call(
      hooks!,
      event,
    );
    // An async hook's rejection is dropped too, rather than left unhandled (which ends a Node process).
    if (result !== null && typeof result === "object" && typeof (result as PromiseLike<unknown>).then === "function") {
      Promise.resolve(result).catch(() => undefined);
    }
  } catch {
    // A hook is an observer; its failure is not the call's.
  }
}
