import { z } from "zod";

import { formValues, type FormState } from "@/lib/form-state";
import { formatTime } from "@/lib/format/date";

import { safeReturnPath } from "./return-path";
import { signInWithPassword, type SignedInUser } from "./sign-in";

const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Tulis alamat e-mail Anda")
    .pipe(z.email("Tulis alamat e-mail yang benar, misalnya nama@ntbprov.go.id")),
  password: z.string().min(1, "Tulis kata sandi Anda"),
  kembali: z.string().optional(),
});

export const WRONG_CREDENTIALS = "E-mail atau kata sandi salah. Periksa lalu coba lagi.";

/** The answer to a call that did not come from the sign-in form as the page renders it. */
export const UNREADABLE_SIGN_IN: FormState = {
  status: "error",
  message: "Isian formulir masuk tidak terbaca. Muat ulang halaman ini, lalu masuk lagi.",
  fieldErrors: {},
  values: {},
};

export type SignInOutcome =
  { ok: true; user: SignedInUser; returnTo: string } | { ok: false; state: FormState };

/** The first whole minute at or after the lock's end: the time a person can really retry. */
function nextWholeMinute(instant: Date): Date {
  return new Date(Math.ceil(instant.getTime() / 60_000) * 60_000);
}

/**
 * The lock and when it ends; when this attempt's own failure set it, first that it was wrong
 * (which says nothing new: a wrong password and an unknown e-mail read the same).
 */
function lockedMessage({ until, failed }: { until: Date; failed: boolean }): string {
  const lock =
    "Terlalu banyak percobaan masuk yang gagal. Demi keamanan, coba lagi setelah pukul " +
    `${formatTime(nextWholeMinute(until))} WITA.`;
  return failed ? `E-mail atau kata sandi salah. ${lock}` : lock;
}

/** The sign-in form's logic; the state it returns never holds the password. */
export async function handleSignIn({
  formData,
  address,
  now,
}: {
  formData: FormData;
  address: string | null;
  now?: Date;
}): Promise<SignInOutcome> {
  // Text fields only: a file sent in place of the e-mail or password counts as left empty.
  const fields = formValues(formData);
  const values = { email: fields.email ?? "" };
  const parsed = signInSchema.safeParse({
    email: values.email,
    password: fields.password ?? "",
    kembali: fields.kembali,
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, state: { status: "error", fieldErrors, values } };
  }

  const result = await signInWithPassword({ ...parsed.data, address, now });
  if (result.ok)
    return { ok: true, user: result.user, returnTo: safeReturnPath(parsed.data.kembali) };

  const message = result.reason === "locked" ? lockedMessage(result) : WRONG_CREDENTIALS;
  return { ok: false, state: { status: "error", message, fieldErrors: {}, values } };
}
