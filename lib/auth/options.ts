import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { env } from "@/lib/env";

import { authSecret } from "./secret";
import { signInWithPassword } from "./sign-in";

export const SESSION_COOKIE = "simaskot.sesi";
export const SESSION_SECONDS = 8 * 60 * 60;

/**
 * The claims of a new session. `signedInAt` (milliseconds) is ours: next-auth renews `iat`
 * whenever it refreshes a token, so only this claim can tell a session from before a sign-out.
 */
export function sessionClaims(
  user: { id: number | string; email: string; name: string },
  now = new Date(),
): { sub: string; email: string; name: string; signedInAt: number } {
  return { sub: String(user.id), email: user.email, name: user.name, signedInAt: now.getTime() };
}

export function secureCookies(): boolean {
  return env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/**
 * The client's address as the nearest trusted proxy saw it, or null when no proxy is trusted:
 * a header a client can write itself must never decide whom to slow down.
 */
export function clientAddress(
  headers: { get(name: string): string | null } | undefined,
  trustedProxies = env.TRUSTED_PROXIES,
): string | null {
  if (trustedProxies === 0) return null;
  const hops = (headers?.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops[hops.length - trustedProxies] ?? null;
}

/**
 * Sessions are next-auth JWTs in one pinned cookie. The sign-in page sets it through a server
 * action (lib/auth/actions.ts) so it works without JavaScript; the credentials provider below
 * gives the same check to next-auth's own endpoint.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_SECONDS },
    cookies: {
      sessionToken: {
        name: SESSION_COOKIE,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() },
      },
    },
    pages: { signIn: "/masuk" },
    providers: [
      CredentialsProvider({
        name: "e-mail",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const headers = new Headers(request?.headers as Record<string, string> | undefined);
          const result = await signInWithPassword({
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            address: clientAddress(headers),
          });
          if (!result.ok) return null;
          return { id: String(result.user.id), email: result.user.email, name: result.user.name };
        },
      }),
    ],
    callbacks: {
      // next-auth already copied the user into the token; only the sign-in time is ours.
      jwt: ({ token, user }) => (user ? { ...token, signedInAt: Date.now() } : token),
      session: ({ session, token }) => ({
        ...session,
        userId: token.sub,
        signedInAt: token.signedInAt,
      }),
    },
  };
}
