import { DataDirLockedError } from "../db/pglite-lock";
import { checkEnv, type Env, InvalidEnvironmentError } from "../lib/env-rules";

/** Prints a mistake the person can fix in a sentence or two, not a stack trace. */
export function explainAndExit(error: unknown): never {
  if (error instanceof DataDirLockedError) {
    console.error(
      `Basis data tertanam di ${error.dir} sedang dipakai proses ${error.holderPid}. ` +
        "Hentikan proses itu (server, seed, atau migrasi) dulu, lalu coba lagi.",
    );
    process.exit(1);
  }
  if (error instanceof InvalidEnvironmentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

/**
 * The environment, checked before a script loads anything that reads lib/env.ts (which would
 * throw on import, where no script can explain it). Scripts import such modules afterwards,
 * with `await import(…)`.
 */
export function checkedEnvironment(source: Record<string, string | undefined>): Env {
  const checked = checkEnv(source);
  if (!checked.ok) explainAndExit(checked.error);
  return checked.env;
}
