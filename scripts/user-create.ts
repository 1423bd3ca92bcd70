import { parseArgs } from "node:util";

import { z } from "zod";

import { connect } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { createUser, type NewUserInput } from "../lib/auth/users";
import { env } from "../lib/env";
import { explainAndExit } from "./cli-errors";

const USAGE = `Usage: npm run user:create -- --email E --name N --role ROLE [--agency SLUG] [--unit SLUG]
  ROLE: admin_provinsi | pimpinan | admin_opd (needs --agency) | operator_unit (needs --unit)
  The password is read from SIMASKOT_PASSWORD, or from standard input (one line).`;

// A failed insert's message holds its parameters, the password hash among them: never print it.
function describe(error: unknown): string {
  if (error instanceof z.ZodError) return z.prettifyError(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === "23505") return "Akun dengan e-mail itu sudah ada.";
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
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

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    agency: { type: "string" },
    unit: { type: "string" },
  },
});
if (!values.email || !values.name || !values.role) {
  console.error(USAGE);
  process.exit(2);
}

const password = await readPassword();
const connection = await connect({
  databaseUrl: env.DATABASE_URL,
  pgliteDir: env.PGLITE_DIR,
}).catch(explainAndExit);
try {
  await migrateDatabase(connection);
  const { id } = await createUser(connection.db, {
    email: values.email,
    name: values.name,
    role: values.role as NewUserInput["role"],
    agencySlug: values.agency,
    unitSlug: values.unit,
    password,
  });
  console.log(`Created user ${id} (${values.email}, ${values.role}).`);
} catch (error) {
  console.error(describe(error));
  process.exitCode = 1;
} finally {
  await connection.close();
}
