import { connect } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedIfEmpty } from "../db/seed";
import { env } from "../lib/env";

/** Migrates the configured database and seeds it when empty; then lets go of it. */
export async function prepareDatabase(): Promise<void> {
  const connection = await connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  try {
    await migrateDatabase(connection);
    const seeded = await seedIfEmpty(connection.db);
    const where = connection.driver === "pg" ? "PostgreSQL (DATABASE_URL)" : env.PGLITE_DIR;
    console.log(seeded ? `Seeded the province's directory into ${where}` : `Database ready: ${where}`);
  } finally {
    await connection.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await prepareDatabase();
}
