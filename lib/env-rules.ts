import { z } from "zod";

// The environment's schema and what each variable must be, in words an administrator reads.
// Pure: the command-line scripts check the environment with it before loading anything that
// reads lib/env.ts, which validates once on import.

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url().optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.url().optional(),
  AUTH_SECRET_FILE: z.string().min(1).default(".data/auth-secret"),
  // An AES key in base64 (16, 24 or 32 bytes): server action ids and their bound arguments.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine((key) => [16, 24, 32].includes(Buffer.from(key, "base64").length))
    .optional(),
  SERVER_ACTIONS_KEY_FILE: z.string().min(1).default(".data/server-actions-key"),
  SIMASKOT_ADMIN_EMAIL: z.email().optional(),
  SIMASKOT_ADMIN_PASSWORD: z
    .string()
    .min(12)
    .refine((password) => password.trim() !== "")
    .optional(),
  // How many reverse proxies in front append to X-Forwarded-For; 0 trusts no such header.
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(5).default(0),
  ENABLE_BENCH_ROUTES: z.enum(["0", "1"]).default("0"),
  // Digits only, as next start reads them: "3001.5" or "1e3" would listen elsewhere than asked.
  PORT: z
    .string()
    .regex(/^\d{1,5}$/)
    .transform(Number)
    .pipe(z.number().min(1).max(65535))
    .optional(),
});

export type Env = z.infer<typeof schema>;
type Variable = keyof typeof schema.shape;

/** What each variable must hold: "<NAME> harus <rule>." Never the value, which may be a secret. */
export const ENV_RULES: Record<Variable, string> = {
  NODE_ENV: "development, production, atau test",
  DATABASE_URL:
    "alamat koneksi PostgreSQL yang lengkap, misalnya postgres://pengguna:sandi@localhost:5432/simaskot",
  PGLITE_DIR: "nama folder basis data tertanam",
  LOG_LEVEL: "salah satu dari fatal, error, warn, info, debug, trace, atau silent",
  NEXTAUTH_SECRET: "sedikitnya 32 karakter, misalnya hasil openssl rand -base64 32",
  NEXTAUTH_URL: "alamat lengkap portal, misalnya https://simaskot.ntbprov.go.id",
  AUTH_SECRET_FILE: "nama berkas",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:
    "kunci 16, 24, atau 32 bita dalam base64, misalnya hasil openssl rand -base64 32",
  SERVER_ACTIONS_KEY_FILE: "nama berkas",
  SIMASKOT_ADMIN_EMAIL: "alamat e-mail yang benar, misalnya admin@ntbprov.go.id",
  SIMASKOT_ADMIN_PASSWORD: "sedikitnya 12 karakter dan tidak hanya spasi",
  TRUSTED_PROXIES: "bilangan bulat 0 sampai 5: jumlah proxy di depan portal",
  ENABLE_BENCH_ROUTES: "0 atau 1",
  PORT: "nomor port 1 sampai 65535, misalnya 3000",
};

const CLOSING =
  "Perbaiki nilainya, atau hapus variabel itu bila tidak diperlukan, lalu jalankan lagi " +
  "(lihat README, bagian Environment).";

/** An environment that does not fit the schema; its message names each variable and its rule. */
export class InvalidEnvironmentError extends Error {
  constructor(readonly variables: readonly Variable[]) {
    super(
      [
        ...variables.map((name) => `Variabel lingkungan ${name} harus ${ENV_RULES[name]}.`),
        CLOSING,
      ].join("\n"),
    );
    this.name = "InvalidEnvironmentError";
  }
}

export type EnvCheck = { ok: true; env: Env } | { ok: false; error: InvalidEnvironmentError };

/**
 * Reads the environment. A variable set to the empty string counts as unset (`FOO=` in a
 * service file or a shell means "none"), so that it takes its default.
 */
export function checkEnv(source: Record<string, string | undefined>): EnvCheck {
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(given);
  if (parsed.success) return { ok: true, env: parsed.data };

  const names = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const variables = (Object.keys(ENV_RULES) as Variable[]).filter((name) => names.has(name));
  return { ok: false, error: new InvalidEnvironmentError(variables) };
}
