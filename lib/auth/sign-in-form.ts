import { z } from "zod";

import type { User } from "@/db/schema";
import type { FormState } from "@/lib/form-state";
import { formatTime } from "@/lib/format/date";

import { signInWithPassword } from "./sign-in";

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

export type SignInOutcome =
  { ok: true; user: User; returnTo: string } | { ok: false; state: FormState };

/**
 * Only a path on this site: printable ASCII with no backslash, never starting "//". Browsers
 * drop tabs and newlines from URLs, so "/\t/evil.example" would otherwise leave the site.
 */
export function safeReturnPath(path: string | undefined): string {
  return path && /^\/(?!\/)[\x21-\x7e]*$/.test(path) && !path.includes("\\") ? path : "/dasbor";
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
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, state: { status: "error", fieldErrors, values } };
  }

  const result = await signInWithPassword({ ...parsed.data, address, now });
  if (result.ok)
    return { ok: true, user: result.user, returnTo: safeReturnPath(parsed.data.kembali) };

  const message =
    result.reason === "locked"
      ? "Terlalu banyak percobaan masuk yang gagal. Demi keamanan, coba lagi setelah pukul " +
        `${formatTime(result.until)} WITA.`
      : WRONG_CREDENTIALS;
  return { ok: false, state: { status: "error", message, fieldErrors: {}, values } };
}
