"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

import { isFormData, logRefusedArguments } from "@/lib/action-arguments";
import type { FormState } from "@/lib/form-state";

import { clientAddress, secureCookies } from "./options";
import { endSessions, getOfficial } from "./session";
import { encodeSession, SESSION_COOKIE, SESSION_SECONDS, sessionClaims } from "./session-token";
import { handleSignIn, UNREADABLE_SIGN_IN } from "./sign-in-form";

// Arguments are `unknown`: they come from whoever calls the action, not only from the form.
export async function signIn(_previous: unknown, formData: unknown): Promise<FormState> {
  if (!isFormData(formData)) {
    logRefusedArguments("signIn");
    return UNREADABLE_SIGN_IN;
  }
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

/** "Keluar": a form with no fields, so it is called with its FormData or, by hand, with nothing. */
export async function signOut(formData?: unknown): Promise<void> {
  if (formData !== undefined && !isFormData(formData)) {
    logRefusedArguments("signOut");
    return;
  }
  const official = await getOfficial();
  if (official) await endSessions({ id: official.id });
  (await cookies()).delete(SESSION_COOKIE);
  redirect("/masuk?keluar=1");
}
