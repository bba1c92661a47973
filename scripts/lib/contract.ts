/**
 * Helpers shared by the contract tests of every vendor package.
 *
 * `violationRecorder()` gives a fetch that sends requests to the Prism mock and
 * records every spec violation Prism reports (an `sl-violations` header, or the
 * problem document it answers with when `--errors` rejects a request), so a test
 * can assert that no request or response broke the spec.
 */
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

export interface Violation {
  method: string;
  url: string;
  status: number;
  violations: string;
}

/** The URL of this run's Prism mock. */
export function mockUrl(): string {
  return inject("mockUrl");
}

export function violationRecorder() {
  const violations: Violation[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const response = await globalThis.fetch(request);
    const header = response.headers.get("sl-violations");
    if (header) violations.push({ method: request.method, url: request.url, status: response.status, violations: header });
    if (response.headers.get("content-type")?.includes("application/problem+json")) {
      // With --errors, Prism answers a request that breaks the spec with its own problem document.
      const problem = await response.clone().json().catch(() => ({}));
      if (String(problem.type ?? "").startsWith("https://stoplight.io/prism/errors")) {
        violations.push({ method: request.method, url: request.url, status: response.status, violations: JSON.stringify(problem) });
      }
    }
    return response;
  };
  /** Returns the violations recorded so far and forgets them (for tests that break the spec on purpose). */
  const take = () => violations.splice(0, violations.length);
  return { fetch, violations, take };
}
