import { sql } from "drizzle-orm";

import type { Tx } from "@/db";
import { answers, dayCounts, dayTallies, tallies } from "@/db/schema";
import { WITA } from "@/lib/periods/wita";

export type GivenScore = { code: string; score: number };

/**
 * Writes one respondent's answers and adds them to the running tallies, of the whole period and
 * of its WITA day, inside the caller's transaction. Tally rows are upserted in the order given
 * (the questionnaire's) and the tables always in the same order, so concurrent submissions lock
 * them alike and cannot deadlock. A blank answer is simply absent.
 */
export async function recordAnswers(
  tx: Tx,
  {
    respondentId,
    surveyId,
    unitId,
    serviceId,
    day,
    scores,
  }: {
    respondentId: number;
    surveyId: number;
    unitId: number;
    serviceId: number;
    /** The WITA day of the respondent's `submitted_at`, YYYY-MM-DD. */
    day: string;
    scores: ReadonlyArray<GivenScore>;
  },
): Promise<void> {
  if (scores.length === 0) return;
  const place = { surveyId, unitId, serviceId };
  await tx
    .insert(answers)
    .values(scores.map(({ code, score }) => ({ respondentId, elementCode: code, score })));
  await tx
    .insert(tallies)
    .values(
      scores.map(({ code, score }) => ({ ...place, elementCode: code, sum: score, count: 1 })),
    )
    .onConflictDoUpdate({
      target: [tallies.surveyId, tallies.unitId, tallies.serviceId, tallies.elementCode],
      set: {
        sum: sql`${tallies.sum} + excluded.sum`,
        count: sql`${tallies.count} + excluded.count`,
      },
    });
  await tx
    .insert(dayTallies)
    .values(
      scores.map(({ code, score }) => ({ ...place, day, elementCode: code, sum: score, count: 1 })),
    )
    .onConflictDoUpdate({
      target: [
        dayTallies.surveyId,
        dayTallies.unitId,
        dayTallies.serviceId,
        dayTallies.day,
        dayTallies.elementCode,
      ],
      set: {
        sum: sql`${dayTallies.sum} + excluded.sum`,
        count: sql`${dayTallies.count} + excluded.count`,
      },
    });
  await tx
    .insert(dayCounts)
    .values({ ...place, day, respondents: 1 })
    .onConflictDoUpdate({
      target: [dayCounts.surveyId, dayCounts.unitId, dayCounts.serviceId, dayCounts.day],
      set: { respondents: sql`${dayCounts.respondents} + 1` },
    });
}

/**
 * Adds the stored answers of many respondents to every tally at once (the demo seed's bulk
 * load): the same rows that `recordAnswers` keeps one respondent at a time. The respondents must
 * not be counted yet.
 */
export async function addRespondentsToTallies(
  tx: Tx,
  { respondentIds }: { respondentIds: ReadonlyArray<number> },
): Promise<void> {
  if (respondentIds.length === 0) return;
  const chosen = sql`r.id in (${sql.join(
    respondentIds.map((id) => sql`${id}`),
    sql`, `,
  )})`;
  const day = sql.raw(`(r.submitted_at at time zone '${WITA}')::date`);

  await tx.execute(sql`
    insert into tallies (survey_id, unit_id, service_id, element_code, sum, count)
    select r.survey_id, r.unit_id, r.service_id, a.element_code, sum(a.score), count(*)
    from answers a join respondents r on r.id = a.respondent_id
    where ${chosen}
    group by 1, 2, 3, 4
    on conflict (survey_id, unit_id, service_id, element_code) do update
      set sum = tallies.sum + excluded.sum, count = tallies.count + excluded.count`);
  await tx.execute(sql`
    insert into day_tallies (survey_id, unit_id, service_id, day, element_code, sum, count)
    select r.survey_id, r.unit_id, r.service_id, ${day}, a.element_code, sum(a.score), count(*)
    from answers a join respondents r on r.id = a.respondent_id
    where ${chosen}
    group by 1, 2, 3, 4, 5
    on conflict (survey_id, unit_id, service_id, day, element_code) do update
      set sum = day_tallies.sum + excluded.sum, count = day_tallies.count + excluded.count`);
  await tx.execute(sql`
    insert into day_counts (survey_id, unit_id, service_id, day, respondents)
    select r.survey_id, r.unit_id, r.service_id, ${day}, count(*)
    from respondents r
    where ${chosen}
    group by 1, 2, 3, 4
    on conflict (survey_id, unit_id, service_id, day) do update
      set respondents = day_counts.respondents + excluded.respondents`);
}
