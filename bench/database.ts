// The benchmark's own database: created fresh on the given server, prepared like the app's
// (migrations and seed), counted after every phase, and dropped at the end.

import pg from "pg";

import type { RowCheck } from "./stats";

export type RowCounts = {
  respondents: number;
  answers: number;
  tallyCount: number;
  tallySum: number;
  dayTallyCount: number;
  dayTallySum: number;
  dayRespondents: number;
  answerScoreSum: number;
  respondentsWithoutNineAnswers: number;
};

/** The server named by DATABASE_URL, and the URL of a database of our own on it. */
export type BenchDatabase = { adminUrl: string; name: string; url: string };

export function requireServerUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "npm run bench needs DATABASE_URL: a PostgreSQL server on which it may create and drop a\n" +
        "database of its own, e.g.\n\n" +
        "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench\n\n" +
        "(PGlite is not benchmarked: it is one connection on the server's main thread.)",
    );
    process.exit(2);
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    console.error(`DATABASE_URL must be a postgres:// URL, not ${url}`);
    process.exit(2);
  }
  return url;
}

export function benchDatabase(adminUrl: string, now = new Date()): BenchDatabase {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const name = `simaskot_bench_${stamp}_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { adminUrl, name, url: url.toString() };
}

export async function createDatabase(database: BenchDatabase): Promise<void> {
  await withClient(database.adminUrl, (client) =>
    client.query(`create database ${pg.escapeIdentifier(database.name)}`),
  );
}

export async function dropDatabase(database: BenchDatabase): Promise<void> {
  await withClient(database.adminUrl, (client) =>
    client.query(`drop database if exists ${pg.escapeIdentifier(database.name)} with (force)`),
  );
}

/** Runs scripts/prepare-database.ts's `prepareDatabase` (migrate, then seed) against `url`. */
export async function prepareBenchDatabase(url: string): Promise<void> {
  // lib/env reads the environment when first imported, so it must not be imported before this.
  process.env.DATABASE_URL = url;
  const { prepareDatabase } = await import("../scripts/prepare-database");
  await prepareDatabase();
}

export async function serverVersion(url: string): Promise<string> {
  return withClient(url, async (client) => {
    const result = await client.query<{ server_version: string }>("show server_version");
    return result.rows[0]?.server_version ?? "unknown";
  });
}

export async function countRows(url: string): Promise<RowCounts> {
  return withClient(url, async (client) => {
    const result = await client.query<Record<keyof RowCounts, string>>(`
      select
        (select count(*) from respondents) as "respondents",
        (select count(*) from answers) as "answers",
        (select coalesce(sum(count), 0) from tallies) as "tallyCount",
        (select coalesce(sum(sum), 0) from tallies) as "tallySum",
        (select coalesce(sum(count), 0) from day_tallies) as "dayTallyCount",
        (select coalesce(sum(sum), 0) from day_tallies) as "dayTallySum",
        (select coalesce(sum(respondents), 0) from day_counts) as "dayRespondents",
        (select coalesce(sum(score), 0) from answers) as "answerScoreSum",
        (select count(*) from respondents r
          where (select count(*) from answers a where a.respondent_id = r.id) <> 9)
          as "respondentsWithoutNineAnswers"
    `);
    const row = result.rows[0]!;
    return {
      respondents: Number(row.respondents),
      answers: Number(row.answers),
      tallyCount: Number(row.tallyCount),
      tallySum: Number(row.tallySum),
      dayTallyCount: Number(row.dayTallyCount),
      dayTallySum: Number(row.dayTallySum),
      dayRespondents: Number(row.dayRespondents),
      answerScoreSum: Number(row.answerScoreSum),
      respondentsWithoutNineAnswers: Number(row.respondentsWithoutNineAnswers),
    };
  });
}

/**
 * Compares the rows a phase added with its successful requests: one respondent each, nine
 * answers each, and tallies (of the period and of the day) that count and sum exactly the
 * answers, and day counts that count the respondents.
 */
export function checkRows(before: RowCounts, after: RowCounts, successes: number): RowCheck {
  const added = {
    respondents: after.respondents - before.respondents,
    answers: after.answers - before.answers,
    tallyCount: after.tallyCount - before.tallyCount,
    tallySum: after.tallySum - before.tallySum,
    dayTallyCount: after.dayTallyCount - before.dayTallyCount,
    dayTallySum: after.dayTallySum - before.dayTallySum,
    dayRespondents: after.dayRespondents - before.dayRespondents,
    answerScoreSum: after.answerScoreSum - before.answerScoreSum,
  };
  const problems: string[] = [];
  if (added.respondents !== successes) {
    problems.push(`${added.respondents} respondents stored for ${successes} successful requests`);
  }
  if (added.answers !== 9 * successes) {
    problems.push(`${added.answers} answers stored; expected 9 × ${successes} = ${9 * successes}`);
  }
  if (added.tallyCount !== added.answers) {
    problems.push(`tallies counted ${added.tallyCount} answers, but ${added.answers} were stored`);
  }
  if (added.tallySum !== added.answerScoreSum) {
    problems.push(
      `tallies summed ${added.tallySum}, the stored answers sum ${added.answerScoreSum}`,
    );
  }
  if (added.dayTallyCount !== added.answers || added.dayTallySum !== added.answerScoreSum) {
    problems.push(
      `day tallies counted ${added.dayTallyCount} answers summing ${added.dayTallySum}; ` +
        `the stored answers are ${added.answers} summing ${added.answerScoreSum}`,
    );
  }
  if (added.dayRespondents !== added.respondents) {
    problems.push(`day counts counted ${added.dayRespondents} of ${added.respondents} respondents`);
  }
  if (after.respondentsWithoutNineAnswers !== 0) {
    problems.push(`${after.respondentsWithoutNineAnswers} respondents do not have nine answers`);
  }
  return {
    expectedRespondents: successes,
    ...added,
    respondentsWithoutNineAnswers: after.respondentsWithoutNineAnswers,
    ok: problems.length === 0,
    problems,
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
