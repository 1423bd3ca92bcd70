import { z } from "zod";

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
    .refine((key) => [16, 24, 32].includes(Buffer.from(key, "base64").length), {
      message: "must be 16, 24 or 32 bytes in base64 (openssl rand -base64 32)",
    })
    .optional(),
  SERVER_ACTIONS_KEY_FILE: z.string().min(1).default(".data/server-actions-key"),
  SIMASKOT_ADMIN_EMAIL: z.email().optional(),
  SIMASKOT_ADMIN_PASSWORD: z.string().min(12).optional(),
  // How many reverse proxies in front append to X-Forwarded-For; 0 trusts no such header.
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(5).default(0),
  ENABLE_BENCH_ROUTES: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = readEnv();
