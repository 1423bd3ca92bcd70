import { DataDirLockedError } from "../db/pglite-lock";

/** Prints a mistake the person can fix as one sentence, not a stack trace. */
export function explainAndExit(error: unknown): never {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
