import { decode, encode, type JWT } from "next-auth/jwt";

import { authSecret } from "./secret";

export const SESSION_COOKIE = "simaskot.sesi";
export const SESSION_SECONDS = 8 * 60 * 60;

export type SessionClaims = { sub: string; email: string; name: string; signedInAt: number };

/**
 * The claims of a new session. `signedInAt` (milliseconds) is ours: next-auth renews `iat` and
 * `exp` whenever it re-issues a token, so only this claim says how old a session really is and
 * whether it predates a sign-out.
 */
export function sessionClaims(
  user: { id: number | string; email: string; name: string },
  now = new Date(),
): SessionClaims {
  return { sub: String(user.id), email: user.email, name: user.name, signedInAt: now.getTime() };
}

/** The hard end of a session: 8 hours after sign-in, however often it was re-issued. */
export function sessionEndsAt(signedInAt: number): Date {
  return new Date(signedInAt + SESSION_SECONDS * 1000);
}

/** The sign-in time of a token, when it has one that can be believed. */
export function signedInAtOf(token: { readonly [claim: string]: unknown } | null): number | null {
  const value = token?.signedInAt;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * Encodes a session token that expires at the session's hard end, never 8 hours after the
 * latest re-issue. next-auth calls this for every token it writes.
 */
export function encodeSession(token: JWT, now = Date.now()): Promise<string> {
  const signedInAt = signedInAtOf(token) ?? now;
  const remaining = Math.ceil((sessionEndsAt(signedInAt).getTime() - now) / 1000);
  return encode({ token, secret: authSecret(), maxAge: Math.max(remaining, 0) });
}

/** The claims of a session cookie's value, or null when it is missing, forged or expired. */
export async function decodeSession(value: string | undefined): Promise<JWT | null> {
  if (!value) return null;
  return decode({ token: value, secret: authSecret() }).catch(() => null);
}
