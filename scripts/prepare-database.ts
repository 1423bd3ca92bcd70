import { connect, type Connection } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedIfEmpty } from "../db/seed";
import { countUsers, createUser } from "../lib/auth/users";
import { env } from "../lib/env";

export const NO_ACCOUNT_YET =
  "Belum ada akun petugas. Buat admin provinsi pertama dengan npm run user:create -- " +
  '--email <e-mail> --name "<nama>" --role admin_provinsi, atau isi SIMASKOT_ADMIN_EMAIL dan ' +
  "SIMASKOT_ADMIN_PASSWORD lalu jalankan npm start lagi (lihat README, bagian Officials).";

// The first provincial admin may come from the environment; nothing else creates an account
// with a known password outside the demo seed. Without any account nobody can sign in: say how
// to make the first one.
async function createFirstAdmin(db: Connection["db"]): Promise<void> {
  if ((await countUsers(db)) > 0) return;

  const email = env.SIMASKOT_ADMIN_EMAIL;
  const password = env.SIMASKOT_ADMIN_PASSWORD;
  if (email && password) {
    await createUser(db, { email, password, name: "Admin Provinsi", role: "admin_provinsi" });
    console.log(`Admin provinsi pertama dibuat: ${email}`);
    return;
  }
  if (email || password) {
    const [given, missing] = email
      ? ["SIMASKOT_ADMIN_EMAIL", "SIMASKOT_ADMIN_PASSWORD"]
      : ["SIMASKOT_ADMIN_PASSWORD", "SIMASKOT_ADMIN_EMAIL"];
    console.log(`${given} sudah diisi, tetapi ${missing} belum: admin pertama belum dibuat.`);
  }
  console.log(NO_ACCOUNT_YET);
}

/** Migrates the configured database and seeds it when empty; then lets go of it. */
export async function prepareDatabase(): Promise<void> {
  const connection = await connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  try {
    await migrateDatabase(connection);
    const seeded = await seedIfEmpty(connection.db);
    const where = connection.driver === "pg" ? "PostgreSQL (DATABASE_URL)" : env.PGLITE_DIR;
    console.log(
      seeded ? `Direktori provinsi sudah dimuat ke ${where}.` : `Basis data siap: ${where}.`,
    );
    await createFirstAdmin(connection.db);
  } finally {
    await connection.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await prepareDatabase();
}
