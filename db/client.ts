import fs from "node:fs";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";

import { acquireDataDirLock } from "./pglite-lock";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A database or an open transaction: queries take either. */
export type Executor = Db | Tx;

export type Connection = {
  db: Db;
  driver: "pg" | "pglite";
  close: () => Promise<void>;
};

export type ConnectOptions = { databaseUrl?: string; pgliteDir?: string; poolSize?: number };

export async function connect(options: ConnectOptions): Promise<Connection> {
  if (options.databaseUrl) return connectPg(options.databaseUrl, options.poolSize ?? 10);
  return connectPglite(options.pgliteDir ?? ".data/pglite");
}

function connectPg(url: string, max: number): Connection {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on("error", () => {
    // An idle client lost its connection; the pool replaces it on the next query.
  });
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return { db, driver: "pg", close: () => pool.end() };
}

async function connectPglite(dir: string): Promise<Connection> {
  const inMemory = dir.startsWith("memory://");
  const release = inMemory ? () => {} : acquireDataDirLock(dir);
  try {
    if (!inMemory) fs.mkdirSync(path.resolve(dir), { recursive: true });
    const client = await PGlite.create(inMemory ? dir : path.resolve(dir));
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    process.once("exit", release);
    return {
      db,
      driver: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Wraps an already-open PGlite (tests clone a migrated template). */
export function fromPglite(client: PGlite): Connection {
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, driver: "pglite", close: () => client.close() };
}
