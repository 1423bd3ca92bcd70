"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

import type { FormState } from "@/lib/form-state";

import { clientAddress, secureCookies } from "./options";
import { endSessions, getOfficial } from "./session";
import { encodeSession, SESSION_COOKIE, SESSION_SECONDS, sessionClaims } from "./session-token";
import { handleSignIn } from "./sign-in-form";

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await handleSignIn({ formData, address: clientAddress(await headers()) });
  if (!outcome.ok) return outcome.state;

  const { user } = outcome;
  const token = await encodeSession(sessionClaims(user));
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: SESSION_SECONDS,
  });
  redirect(outcome.returnTo);
}

export async function signOut(): Promise<void> {
  const official = await getOfficial();
  if (official) await endSessions({ id: official.id });
  (await cookies()).delete(SESSION_COOKIE);
  redirect("/masuk?keluar=1");
}
