import fs from "node:fs";

import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";

import { connect, fromPglite, type Connection } from "@/db/client";
import { overrideDatabase, type Db } from "@/db/index";

let counter = 0;

/** A fresh copy of the migrated and seeded template: PGlite, or PostgreSQL with DATABASE_URL. */
export async function openTestDatabase(): Promise<Connection> {
  const pgTemplate = inject("pgTemplate");
  if (pgTemplate) return clonePostgres(pgTemplate);

  const file = inject("pgliteTemplate");
  if (!file) throw new Error("The integration global setup did not run");
  const loadDataDir = new Blob([fs.readFileSync(file)]);
  return fromPglite(await PGlite.create({ loadDataDir }));
}

async function clonePostgres(template: string): Promise<Connection> {
  const baseUrl = process.env.DATABASE_URL!;
  const name = `simaskot_t${counter++}_${template.split("_").slice(2).join("_")}_${process.pid}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();

  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const connection = await connect({ databaseUrl: url.toString(), poolSize: 4 });
  return {
    ...connection,
    close: async () => {
      await connection.close();
      const cleanup = new pg.Client({ connectionString: baseUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** Gives the test file its own database and points the app's queries and actions at it. */
export function useTestDatabase(): { db: () => Db; connection: () => Connection } {
  let connection: Connection | undefined;
  beforeAll(async () => {
    connection = await openTestDatabase();
    overrideDatabase(connection.db);
  });
  afterAll(async () => {
    overrideDatabase(undefined);
    await connection?.close();
  });
  return {
    db: () => connection!.db,
    connection: () => connection!,
  };
}
