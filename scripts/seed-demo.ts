import { connect } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { checkedEnvironment, explainAndExit } from "./cli-errors";

const env = checkedEnvironment(process.env);
// The demo seed reads lib/env.ts on import: only once the environment is known to be sound.
const { DemoSeedRefusedError, seedDemo } = await import("../db/seed/demo");

const connection = await connect({
  databaseUrl: env.DATABASE_URL,
  pgliteDir: env.PGLITE_DIR,
}).catch(explainAndExit);
try {
  await migrateDatabase(connection);
  const { respondents } = await seedDemo(connection.db);
  console.log(`Data demo siap: ${respondents} responden dalam tiga triwulan.`);
} catch (error) {
  if (!(error instanceof DemoSeedRefusedError)) throw error;
  console.error(error.message);
  console.error(
    env.DATABASE_URL
      ? "Untuk data demo, arahkan DATABASE_URL ke basis data lain yang masih kosong."
      : "Untuk data demo di sampingnya, pakai folder lain: PGLITE_DIR=.data/demo npm run seed:demo",
  );
  process.exitCode = 1;
} finally {
  await connection.close();
}
