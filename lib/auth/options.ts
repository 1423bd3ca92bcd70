import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { env } from "@/lib/env";

import { authSecret } from "./secret";
import { signInWithPassword } from "./sign-in";

export const SESSION_COOKIE = "simaskot.sesi";
export const SESSION_SECONDS = 8 * 60 * 60;

export function secureCookies(): boolean {
  return env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/** The first address in X-Forwarded-For (set by the proxy in front), else "unknown". */
export function clientAddress(headers: { get(name: string): string | null } | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers?.get("x-real-ip") || "unknown";
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
      session: ({ session, token }) => ({ ...session, userId: token.sub }),
    },
  };
}
