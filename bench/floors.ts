// The two floors the action is compared with.
// A: what Next.js itself costs — a no-op server action, posted like the survey form.
// B: what the database costs — the action's transaction, written by plain `pg` from Node.

import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";

import pg from "pg";

import { witaDate } from "../lib/periods/wita";

import { ELEMENT_CODES, NOOP_PATH, NOOP_REDIRECT } from "./config";
import { fetchPage, readFormTarget, type SurveyPage } from "./form";
import { Outcomes, round, summarize, type PhaseResult } from "./stats";

/** Floor A's forms: the no-op page's hidden inputs with the survey's choices, same body size. */
export async function noopPlans(origin: string, surveyPages: readonly SurveyPage[]) {
  const html = await fetchPage(origin, NOOP_PATH);
  const target = readFormTarget(html, NOOP_PATH, NOOP_REDIRECT);
  return surveyPages.map((page) => ({ target, choices: page.choices }));
}

type Target = { unitId: number; serviceIds: number[] };

/**
 * Floor B: `concurrency` loops, each on its own pooled connection, write what one submission
 * writes — in one transaction, statement for statement as lib/survey/submit.ts: the open-survey
 * check FOR SHARE, the respondent, its nine answers, and nine tally upserts.
 */
export async function runDatabaseFloor(options: {
  name: string;
  databaseUrl: string;
  unitSlugs: readonly string[];
  concurrency: number;
  seconds: number;
  /** Connections of the pool; the loops by default (the app's own pool has 10). */
  poolSize?: number;
}): Promise<PhaseResult> {
  const poolSize = options.poolSize ?? options.concurrency;
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: poolSize });
  const outcomes = new Outcomes();
  try {
    const { surveyId, targets } = await loadTargets(pool, options.unitSlugs);
    const today = witaDate(new Date());
    // Open every connection first, as the warm server's pool is.
    const clients = await Promise.all(Array.from({ length: poolSize }, () => pool.connect()));
    clients.forEach((client) => client.release());

    let next = 0;
    const startedAt = performance.now();
    const deadline = startedAt + options.seconds * 1000;
    const loop = async () => {
      while (performance.now() < deadline) {
        const target = targets[next++ % targets.length]!;
        const began = performance.now();
        try {
          await writeSubmission(pool, surveyId, today, target);
          outcomes.latencies.push(performance.now() - began);
          outcomes.record("committed", true, () => "");
        } catch (error) {
          outcomes.record("error", false, () => (error as Error).message);
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, loop));
    const seconds = (performance.now() - startedAt) / 1000;

    return {
      name: options.name,
      mode: "saturation",
      driver: `pg.Pool(max ${poolSize}), ${options.concurrency} loops of transactions`,
      concurrency: options.concurrency,
      requests: outcomes.successes + outcomes.failures,
      successes: outcomes.successes,
      failures: outcomes.failures,
      statuses: outcomes.statuses,
      failureSamples: outcomes.failureSamples,
      seconds: round(seconds, 2),
      throughput: round(outcomes.successes / seconds),
      latencyMs: summarize(outcomes.latencies),
    };
  } finally {
    await pool.end();
  }
}

async function loadTargets(pool: pg.Pool, unitSlugs: readonly string[]) {
  const units = await pool.query<{ unit_id: number; service_ids: number[] }>(
    `select u.id as unit_id, array_agg(s.id order by s.position) as service_ids
       from units u join services s on s.unit_id = u.id
      where u.slug = any($1)
      group by u.id`,
    [unitSlugs],
  );
  const survey = await pool.query<{ id: number }>(
    "select id from surveys where status = 'open' order by start_date desc limit 1",
  );
  const surveyId = survey.rows[0]?.id;
  if (surveyId === undefined) throw new Error("The bench database has no open survey");
  if (units.rows.length !== unitSlugs.length) {
    throw new Error(`Found ${units.rows.length} of the ${unitSlugs.length} benchmark units`);
  }
  const targets: Target[] = units.rows.map((row) => ({
    unitId: row.unit_id,
    serviceIds: row.service_ids,
  }));
  return { surveyId, targets };
}

async function writeSubmission(
  pool: pg.Pool,
  surveyId: number,
  today: string,
  target: Target,
): Promise<void> {
  const serviceId = target.serviceIds[Math.floor(Math.random() * target.serviceIds.length)]!;
  const scores = ELEMENT_CODES.map((code) => [code, 1 + Math.floor(Math.random() * 4)] as const);
  const client = await pool.connect();
  try {
    await client.query("begin");
    const open = await client.query(
      `select id from surveys
        where id = $1 and status = 'open' and start_date <= $2 and end_date >= $2
        for share`,
      [surveyId, today],
    );
    if (open.rowCount !== 1) throw new Error("The survey is not open");
    const respondent = await client.query<{ id: string }>(
      `insert into respondents
         (survey_id, unit_id, service_id, sex, age, education, occupation, suggestion,
          channel, client_id, fill_seconds)
       values ($1, $2, $3, null, null, null, null, null, 'web', $4, $5)
       on conflict (client_id) do nothing
       returning id`,
      [surveyId, target.unitId, serviceId, randomUUID(), 60],
    );
    const respondentId = respondent.rows[0]?.id;
    if (respondentId === undefined) throw new Error("The respondent was not inserted");
    await client.query(
      `insert into answers (respondent_id, element_code, score) values ${placeholders(9, 3)}`,
      scores.flatMap(([code, score]) => [respondentId, code, score]),
    );
    await client.query(
      `insert into tallies (survey_id, unit_id, service_id, element_code, sum, count)
       values ${placeholders(9, 6)}
       on conflict (survey_id, unit_id, service_id, element_code)
       do update set sum = tallies.sum + excluded.sum, count = tallies.count + excluded.count`,
      scores.flatMap(([code, score]) => [surveyId, target.unitId, serviceId, code, score, 1]),
    );
    await client.query(
      `insert into day_tallies (survey_id, unit_id, service_id, day, element_code, sum, count)
       values ${placeholders(9, 7)}
       on conflict (survey_id, unit_id, service_id, day, element_code)
       do update set sum = day_tallies.sum + excluded.sum,
         count = day_tallies.count + excluded.count`,
      scores.flatMap(([code, score]) => [
        surveyId,
        target.unitId,
        serviceId,
        today,
        code,
        score,
        1,
      ]),
    );
    await client.query(
      `insert into day_counts (survey_id, unit_id, service_id, day, respondents)
       values ($1, $2, $3, $4, 1)
       on conflict (survey_id, unit_id, service_id, day)
       do update set respondents = day_counts.respondents + 1`,
      [surveyId, target.unitId, serviceId, today],
    );
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function placeholders(rows: number, columns: number): string {
  return Array.from(
    { length: rows },
    (_, row) =>
      `(${Array.from({ length: columns }, (_, column) => `$${row * columns + column + 1}`).join(", ")})`,
  ).join(", ");
}
