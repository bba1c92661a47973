/**
 * The redirect policy, the same in every runtime. Requests go out with `redirect: "manual"`
 * and the client follows redirects itself:
 * - to the configured origin: followed, at most {@link MAX_REDIRECTS} times; 307 and 308 keep
 *   the method and body, 303 becomes a GET without a body, and 301/302 turn a POST into a GET
 *   (as browsers do);
 * - to any other origin: not followed. A `RedirectError` names the target origin, and the API
 *   key never leaves the configured origin;
 * - hidden by the runtime (a browser's opaque redirect): not followed either, since the target
 *   cannot be checked.
 */
import { RedirectError } from "./errors.js";

export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** What the next hop of a request sends. */
export interface Hop {
  method: string;
  url: string;
  body: string | Uint8Array<ArrayBuffer> | undefined;
}

/**
 * The next hop after `response`, or undefined when `response` is not a redirect to follow
 * (not a 3xx redirect, or one without a `Location`: it is then the answer).
 * Throws a RedirectError for a redirect the policy refuses.
 */
export function nextHop(response: Response, hop: Hop, origin: string, hops: number): Hop | undefined {
  const status = response.status;
  /** "GET /v1/x was redirected (302)…"; the path only: no origin (it is known) and no query (it may carry personal data). */
  const refuse = (what: string, location?: string): never => {
    throw new RedirectError(`${hop.method} ${new URL(hop.url).pathname} was redirected${what}`, location);
  };
  if (response.type === "opaqueredirect") {
    refuse(
      `, and this runtime hides the target, so the client cannot check that it stays on ${origin}. ` +
        "Redirects are not followed here: call the final URL directly (set `baseUrl`).",
    );
  }
  const location = response.headers.get("location");
  if (!REDIRECT_STATUSES.has(status) || location === null) return undefined;
  let target: URL;
  try {
    target = new URL(location, hop.url);
  } catch {
    return refuse(` (${status}) to a Location that is not a URL.`);
  }
  const to = target.origin;
  if (target.protocol !== "http:" && target.protocol !== "https:")
    refuse(` (${status}) to a URL that is not http(s); not followed.`);
  if (target.username || target.password)
    refuse(` (${status}) to a URL with a user name or password; not followed.`, to);
  if (to !== origin) {
    refuse(
      ` (${status}) to another origin, ${to}. The client does not follow it, so that the API key stays on ${origin}; ` +
        "if the API has moved, set `baseUrl` to the new origin.",
      to,
    );
  }
  if (hops >= MAX_REDIRECTS) refuse(` more than ${MAX_REDIRECTS} times (a redirect loop?); stopped.`, to);
  target.hash = "";
  const toGet = status === 303 ? hop.method !== "HEAD" : status < 303 && hop.method === "POST";
  return toGet ? { method: "GET", url: target.href, body: undefined } : { ...hop, url: target.href };
}
