import { signInErrorCode } from "./sign-in-errors";

/**
 * Which of next-auth's endpoints under /api/auth the portal serves. The sign-in page and
 * "Keluar" are server actions; next-auth remains for its session, CSRF and provider reads, its
 * sign-in and sign-out addresses (both lead to /masuk), its sign-out and its credentials
 * endpoint, which runs the portal's own check. The rest (e-mail verification pages, OAuth
 * callbacks, its client's log endpoint, session updates) has no use here and answers 404.
 */
const SERVED: Record<string, ReadonlySet<string>> = {
  GET: new Set(["session", "csrf", "providers", "signin", "signout"]),
  POST: new Set(["signout", "callback/credentials"]),
};

export type EndpointAnswer =
  { kind: "next-auth" } | { kind: "redirect"; location: string } | { kind: "not-found" };

export function authEndpoint(
  method: string,
  segments: readonly string[],
  query: URLSearchParams,
): EndpointAnswer {
  const path = segments.join("/");
  // next-auth's error page would redirect to /masuk?error=<whatever was asked>; the portal
  // names only the errors it has words for.
  if (method === "GET" && path === "error") {
    const code = signInErrorCode(query.get("error"));
    return { kind: "redirect", location: `/masuk?error=${encodeURIComponent(code)}` };
  }
  return SERVED[method]?.has(path) ? { kind: "next-auth" } : { kind: "not-found" };
}
