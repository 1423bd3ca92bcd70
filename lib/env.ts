import { checkEnv, type Env } from "./env-rules";

export type { Env } from "./env-rules";

function readEnv(): Env {
  const checked = checkEnv(process.env);
  if (!checked.ok) throw checked.error;
  return checked.env;
}

export const env = readEnv();
