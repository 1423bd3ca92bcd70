import path from "node:path";

import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";

import type { Connection } from "./client";
import type * as schema from "./schema";

const migrationsFolder = path.join(import.meta.dirname, "migrations");

/** Brings the schema up to date with the committed migrations. */
export async function migrateDatabase(connection: Connection): Promise<void> {
  if (connection.driver === "pg") {
    await migratePg(connection.db as unknown as NodePgDatabase<typeof schema>, {
      migrationsFolder,
    });
  } else {
    await migratePglite(connection.db as unknown as PgliteDatabase<typeof schema>, {
      migrationsFolder,
    });
  }
}
