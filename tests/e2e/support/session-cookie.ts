import fs from "node:fs";
import path from "node:path";

import type { BrowserContext, Cookie } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";

// The session cookie's name and the server's signing key, as the e2e server has them: its
// NEXTAUTH_SECRET, or the key it keeps in .data/auth-secret when none is set.
export const SESSION_COOKIE = "simaskot.sesi";

function serverSecret(): string {
  return (
    process.env.NEXTAUTH_SECRET ?? fs.readFileSync(path.resolve(".data/auth-secret"), "utf8").trim()
  );
}

export async function sessionCookieOf(context: BrowserContext): Promise<Cookie> {
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error("No session cookie: the official is not signed in");
  return cookie;
}

/**
 * The session cookie as next-auth would re-issue it (a fresh expiry) for a sign-in made at
 * another time: what a token kept alive by /api/auth/session for a day would look like.
 */
export async function reissuedWithSignInAt(cookie: Cookie, signedInAt: number): Promise<Cookie> {
  const secret = serverSecret();
  const claims = await decode({ token: cookie.value, secret });
  const value = await encode({ token: { ...claims, signedInAt }, secret, maxAge: 8 * 60 * 60 });
  return { ...cookie, value };
}
