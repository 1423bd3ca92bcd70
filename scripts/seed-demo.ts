import { connect } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { DatabaseHoldsAnswersError, seedDemo } from "../db/seed/demo";
import { env } from "../lib/env";

const connection = await connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
try {
  await migrateDatabase(connection);
  const { respondents } = await seedDemo(connection.db);
  console.log(`Demo data ready: ${respondents} respondents over three quarters.`);
} catch (error) {
  if (!(error instanceof DatabaseHoldsAnswersError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await connection.close();
}
