import { DataDirLockedError } from "../db/pglite-lock";

/** Prints a mistake the person can fix as one sentence, not a stack trace. */
export function explainAndExit(error: unknown): never {
  if (error instanceof DataDirLockedError) {
    console.error(
      `Basis data tertanam di ${error.dir} sedang dipakai proses ${error.holderPid}. ` +
        "Hentikan proses itu (server, seed, atau migrasi) dulu, lalu coba lagi.",
    );
    process.exit(1);
  }
  throw error;
}
