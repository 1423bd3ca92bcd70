import { connect, type Connection } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedIfEmpty } from "../db/seed";
import { countUsers, createUser } from "../lib/auth/users";
import { env } from "../lib/env";

// The first provincial admin may come from the environment; nothing else creates an account
// with a known password outside the demo seed.
async function createFirstAdmin(db: Connection["db"]): Promise<void> {
  const email = env.SIMASKOT_ADMIN_EMAIL;
  const password = env.SIMASKOT_ADMIN_PASSWORD;
  if (!email || !password || (await countUsers(db)) > 0) return;
  await createUser(db, { email, password, name: "Admin Provinsi", role: "admin_provinsi" });
  console.log(`Created the first provincial admin: ${email}`);
}

/** Migrates the configured database and seeds it when empty; then lets go of it. */
export async function prepareDatabase(): Promise<void> {
  const connection = await connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  try {
    await migrateDatabase(connection);
    const seeded = await seedIfEmpty(connection.db);
    await createFirstAdmin(connection.db);
    const where = connection.driver === "pg" ? "PostgreSQL (DATABASE_URL)" : env.PGLITE_DIR;
    console.log(
      seeded ? `Seeded the province's directory into ${where}` : `Database ready: ${where}`,
    );
  } finally {
    await connection.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await prepareDatabase();
}
