import { connect } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { DatabaseHoldsAnswersError, seedDemo } from "../db/seed/demo";
import { env } from "../lib/env";
import { explainAndExit } from "./cli-errors";

const connection = await connect({
  databaseUrl: env.DATABASE_URL,
  pgliteDir: env.PGLITE_DIR,
}).catch(explainAndExit);
try {
  await migrateDatabase(connection);
  const { respondents } = await seedDemo(connection.db);
  console.log(`Demo data ready: ${respondents} respondents over three quarters.`);
} catch (error) {
  if (!(error instanceof DatabaseHoldsAnswersError)) throw error;
  console.error(error.message);
  console.error(
    "For demo data beside it, name another folder: PGLITE_DIR=.data/demo npm run seed:demo",
  );
  process.exitCode = 1;
} finally {
  await connection.close();
}
