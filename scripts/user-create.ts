import { parseArgs } from "node:util";

import { connect } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import type { NewUserInput } from "../lib/auth/users";
import { checkedEnvironment, explainAndExit } from "./cli-errors";

const env = checkedEnvironment(process.env);
// lib/auth/users.ts reads lib/env.ts on import: only once the environment is known to be sound.
const { accountSchema, createUser, describeUserProblems, passwordSchema } =
  await import("../lib/auth/users");

const USAGE = `Cara memakai:
  npm run user:create -- --email E-MAIL --name "NAMA" --role PERAN [--agency SLUG] [--unit SLUG]

  PERAN: admin_provinsi | pimpinan | admin_opd (dengan --agency) | operator_unit (dengan --unit)
  Kata sandi dibaca dari SIMASKOT_PASSWORD, atau diminta (satu baris, tidak ditampilkan).`;

function refuse(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

// node:util's parseArgs speaks English; its error codes say what went wrong.
function describeArgumentError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const quoted = /'([^' ]+)/.exec(message ?? "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `Pilihan ${quoted} tidak dikenal.`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `Pilihan ${quoted} perlu nilai.`;
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    return `"${quoted}" tidak dikenal: setiap nilai didahului pilihannya, misalnya --name "Nama".`;
  }
  throw error;
}

function readArguments(): Omit<NewUserInput, "password"> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        agency: { type: "string" },
        unit: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    refuse(describeArgumentError(error));
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }

  const missing = (["email", "name", "role"] as const).filter((flag) => !values[flag]);
  if (missing.length > 0) refuse(`Lengkapi ${missing.map((flag) => `--${flag}`).join(", ")}.`);

  const account = {
    email: values.email!,
    name: values.name!,
    role: values.role as NewUserInput["role"],
    agencySlug: values.agency,
    unitSlug: values.unit,
  };
  const checked = accountSchema.safeParse(account);
  if (!checked.success) refuse(describeUserProblems(checked.error));
  return checked.data;
}

async function readPassword(): Promise<string> {
  if (process.env.SIMASKOT_PASSWORD) return process.env.SIMASKOT_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write("Kata sandi (tidak ditampilkan): ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (Buffer.concat(chunks).includes("\n")) break;
  }
  return Buffer.concat(chunks).toString("utf8").split("\n")[0]!.replace(/\r$/, "");
}

// A failed insert's message holds its parameters, the password hash among them: never print it.
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === "23505") return "Akun dengan e-mail itu sudah ada.";
  if (cause?.message) return `Akun tidak dapat disimpan: ${cause.message}`;
  return error instanceof Error ? error.message : String(error);
}

const account = readArguments();
const password = await readPassword();
const checkedPassword = passwordSchema.safeParse(password);
if (!checkedPassword.success) refuse(describeUserProblems(checkedPassword.error));

const connection = await connect({
  databaseUrl: env.DATABASE_URL,
  pgliteDir: env.PGLITE_DIR,
}).catch(explainAndExit);
try {
  await migrateDatabase(connection);
  const { id } = await createUser(connection.db, { ...account, password });
  console.log(`Akun petugas dibuat: ${account.email} (${account.role}), nomor ${id}.`);
} catch (error) {
  console.error(describe(error));
  process.exitCode = 1;
} finally {
  await connection.close();
}
