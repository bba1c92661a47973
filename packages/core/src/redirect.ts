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
  if (response.type === "opaqueredirect") {
    throw new RedirectError(
      `${hop.method} ${pathOf(hop.url)} was redirected, and this runtime hides the target, so the client cannot check that it stays on ${origin}. ` +
        "Redirects are not followed here: call the final URL directly (set `baseUrl`).",
    );
  }
  if (!REDIRECT_STATUSES.has(response.status)) return undefined;
  const location = response.headers.get("location");
  if (location === null) return undefined;
  let target: URL;
  try {
    target = new URL(location, hop.url);
  } catch {
    throw new RedirectError(
      `${hop.method} ${pathOf(hop.url)} was redirected (${response.status}) to a Location that is not a URL.`,
    );
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw new RedirectError(
      `${hop.method} ${pathOf(hop.url)} was redirected (${response.status}) to a URL that is not http(s); not followed.`,
    );
  }
  if (target.username || target.password) {
    throw new RedirectError(
      `${hop.method} ${pathOf(hop.url)} was redirected (${response.status}) to a URL with a user name or password; not followed.`,
      target.origin,
    );
  }
  if (target.origin !== origin) {
    throw new RedirectError(
      `${hop.method} ${pathOf(hop.url)} was redirected (${response.status}) to another origin, ${target.origin}. ` +
        `The client does not follow it, so that the API key stays on ${origin}; if the API has moved, set \`baseUrl\` to the new origin.`,
      target.origin,
    );
  }
  if (hops >= MAX_REDIRECTS) {
    throw new RedirectError(
      `${hop.method} ${pathOf(hop.url)} was redirected more than ${MAX_REDIRECTS} times (a redirect loop?); stopped.`,
      target.origin,
    );
  }
  target.hash = "";
  const toGet =
    response.status === 303
      ? hop.method !== "HEAD"
      : (response.status === 301 || response.status === 302) && hop.method === "POST";
  return toGet ? { method: "GET", url: target.href, body: undefined } : { ...hop, url: target.href };
}

/** The URL's path, for messages: no origin (it is known) and no query (it may carry personal data). */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return "(request)";
  }
}
