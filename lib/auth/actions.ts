"use server";

import { encode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

import type { FormState } from "@/lib/form-state";

import {
  clientAddress,
  SESSION_COOKIE,
  SESSION_SECONDS,
  secureCookies,
  sessionClaims,
} from "./options";
import { authSecret } from "./secret";
import { endSessions, getOfficial } from "./session";
import { handleSignIn } from "./sign-in-form";

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await handleSignIn({ formData, address: clientAddress(await headers()) });
  if (!outcome.ok) return outcome.state;

  const { user } = outcome;
  const token = await encode({
    token: sessionClaims(user),
    secret: authSecret(),
    maxAge: SESSION_SECONDS,
  });
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
