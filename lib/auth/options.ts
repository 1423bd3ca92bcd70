import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { env } from "@/lib/env";

import { nextAuthLogger, SessionEndedError } from "./next-auth-logger";
import { safeCallbackUrl } from "./return-path";
import { authSecret } from "./secret";
import { endSessions, officialOfToken } from "./session";
import { encodeSession, SESSION_COOKIE, SESSION_SECONDS, sessionEndsAt } from "./session-token";
import { signInWithPassword } from "./sign-in";

export function secureCookies(): boolean {
  return env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/**
 * The client's address as the nearest trusted proxy saw it, or null when no proxy is trusted:
 * a header a client can write itself must never decide whom to slow down. `next start` does not
 * help here: it fills X-Forwarded-For with the socket's peer only when the request has none, and
 * leaves a header the client sent untouched (docs/design-notes.md).
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
 * gives the same check to next-auth's own endpoint, and next-auth's session and sign-out
 * endpoints follow the same rules as the portal: a token is only as good as findOfficial says.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_SECONDS },
    jwt: { encode: ({ token }) => encodeSession(token ?? {}) },
    cookies: {
      sessionToken: {
        name: SESSION_COOKIE,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() },
      },
    },
    // next-auth's own pages are English; every one of them leads to the portal's sign-in page.
    pages: { signIn: "/masuk", signOut: "/masuk", error: "/masuk" },
    logger: nextAuthLogger,
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
      // A fresh sign-in gets its time; any other token is checked like every page checks it.
      // Throwing makes next-auth answer an empty session and clear the cookie.
      async jwt({ token, user }) {
        if (user) return { ...token, signedInAt: Date.now() };
        if (!(await officialOfToken(token))) throw new SessionEndedError();
        return token;
      },
      session: ({ session, token }) => ({
        ...session,
        userId: token.sub,
        expires: sessionEndsAt(token.signedInAt as number).toISOString(),
      }),
      redirect: ({ url, baseUrl }) => safeCallbackUrl(url, baseUrl),
    },
    events: {
      // next-auth's sign-out ends the official's sessions everywhere, like the portal's "Keluar".
      async signOut({ token }) {
        const official = await officialOfToken(token);
        if (official) await endSessions({ id: official.id });
      },
    },
  };
}
