import { env } from "@/lib/env";

import { connect, type Connection, type Db } from "./client";

export type { Db, Executor, Tx } from "./client";

type Holder = { pending?: Promise<Connection>; override?: Db };

// Kept on globalThis so that every bundle of the app (and dev reloads) shares one connection.
const holder = ((globalThis as { __simaskotDb?: Holder }).__simaskotDb ??= {});

/** The app's database: PostgreSQL when DATABASE_URL is set, otherwise PGlite under PGLITE_DIR. */
export async function getDb(): Promise<Db> {
  if (holder.override) return holder.override;
  holder.pending ??= connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  try {
    return (await holder.pending).db;
  } catch (error) {
    // A failed first connection must not be cached: the next request tries again.
    holder.pending = undefined;
    throw error;
  }
}

/** Points the app at a given database (integration tests and scripts). */
export function overrideDatabase(db: Db | undefined): void {
  holder.override = db;
}
