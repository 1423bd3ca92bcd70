// What /masuk says when it arrives with `?error=`: next-auth's own flows send their error codes
// there (a wrong password posted to its credentials endpoint, its configuration check), and
// /api/auth/error leads there too. Unknown codes get the general sentence, never the code.

const MESSAGES: Record<string, string> = {
  CredentialsSignin:
    "Masuk tidak berhasil. Periksa e-mail dan kata sandi Anda, lalu coba lagi di bawah ini.",
  SessionRequired: "Masuk dulu untuk membuka halaman itu.",
  Configuration:
    "Masuk tidak berhasil karena ada masalah pengaturan di server SIMASKOT. Coba lagi nanti, " +
    "atau hubungi admin SIMASKOT di perangkat daerah Anda atau Biro Organisasi Setda NTB.",
};

const GENERAL = "Masuk tidak berhasil. Masuklah dengan e-mail dan kata sandi Anda di bawah ini.";

/** The code /masuk is sent with: one of the codes it has words for, else "Default". */
export function signInErrorCode(code: string | null): string {
  return code !== null && Object.hasOwn(MESSAGES, code) ? code : "Default";
}

/** The sentence for `?error=` on /masuk, or null when there is none. */
export function signInErrorMessage(code: string | string[] | undefined): string | null {
  if (code === undefined) return null;
  const single = Array.isArray(code) ? code[0] : code;
  return MESSAGES[signInErrorCode(single ?? null)] ?? GENERAL;
}
