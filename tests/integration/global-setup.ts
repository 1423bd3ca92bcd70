import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";

import { connect, fromPglite } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { seedIfEmpty } from "../../db/seed";

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplate: string | null;
    pgliteTemplate: string | null;
  }
}

// Migrates and seeds one template per run; each test file then gets its own copy of it.
export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) return setupPostgres(project, databaseUrl);
  return setupPglite(project);
}

async function setupPostgres(project: TestProject, databaseUrl: string) {
  const name = `simaskot_tpl_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);

  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const connection = await connect({ databaseUrl: url.toString(), poolSize: 1 });
  await migrateDatabase(connection);
  await seedIfEmpty(connection.db);
  await connection.close();

  project.provide("pgTemplate", name);
  project.provide("pgliteTemplate", null);

  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like $1",
      [`simaskot_t%_${process.pid}_%`],
    );
    for (const { datname } of leftovers.rows) {
      await admin.query(`drop database if exists ${datname} with (force)`);
    }
    await admin.end();
  };
}

async function setupPglite(project: TestProject) {
  const client = await PGlite.create();
  const connection = fromPglite(client);
  await migrateDatabase(connection);
  await seedIfEmpty(connection.db);
  const dump = await client.dumpDataDir("none");
  await client.close();

  const file = path.join(os.tmpdir(), `simaskot-template-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgTemplate", null);
  project.provide("pgliteTemplate", file);

  return () => fs.rmSync(file, { force: true });
}
