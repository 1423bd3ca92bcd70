import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/db/seed/demo";
import { submitSurveyResponse } from "@/lib/survey/submit";

import { filledForm, findOpenSurveyId, findUnit } from "./survey-fields";
import { useTestDatabase } from "./test-database";

const { db } = useTestDatabase();

const day = sql.raw(`(r.submitted_at at time zone 'Asia/Makassar')::date`);

/** Rows where a kept tally differs from the answers it stands for, in either direction. */
async function mismatches(): Promise<Record<string, number>> {
  const result = await db().execute(sql`
    with period as (
      select r.survey_id, r.unit_id, r.service_id, a.element_code, sum(a.score) as sum,
        count(*) as count
      from answers a join respondents r on r.id = a.respondent_id group by 1, 2, 3, 4
    ), daily as (
      select r.survey_id, r.unit_id, r.service_id, ${day} as day, a.element_code,
        sum(a.score) as sum, count(*) as count
      from answers a join respondents r on r.id = a.respondent_id group by 1, 2, 3, 4, 5
    ), people as (
      select r.survey_id, r.unit_id, r.service_id, ${day} as day, count(*) as respondents
      from respondents r group by 1, 2, 3, 4
    )
    select
      (select count(*) from period p full join tallies t using (survey_id, unit_id, service_id,
        element_code) where p.sum is distinct from t.sum or p.count is distinct from t.count)
        as "tallies",
      (select count(*) from daily d full join day_tallies t using (survey_id, unit_id,
        service_id, day, element_code)
        where d.sum is distinct from t.sum or d.count is distinct from t.count) as "dayTallies",
      (select count(*) from people p full join day_counts c using (survey_id, unit_id,
        service_id, day) where p.respondents is distinct from c.respondents) as "dayCounts",
      (select count(*) from respondents) as "respondents"
  `);
  const [row] = (result as unknown as { rows: Array<Record<string, string>> }).rows;
  return Object.fromEntries(Object.entries(row!).map(([key, value]) => [key, Number(value)]));
}

describe("the tallies that results read", () => {
  beforeAll(async () => {
    await seedDemo(db());
  });

  it("equal the demo seed's answers, per period and per WITA day", async () => {
    const found = await mismatches();

    expect(found.respondents).toBeGreaterThan(1000);
    expect(found).toMatchObject({ tallies: 0, dayTallies: 0, dayCounts: 0 });
  });

  it("still equal the answers after forms are sent and one is sent twice", async () => {
    const surveyId = await findOpenSurveyId(db());
    const { services } = await findUnit(db(), "samsat-mataram");
    const again = filledForm({ surveyId, serviceId: services[0]!.id, score: 2 });
    const forms = [
      filledForm({ surveyId, serviceId: services[0]!.id, score: 4 }),
      filledForm({ surveyId, serviceId: services[1]!.id, score: 1 }),
      again,
      again,
    ];
    for (const fields of forms) {
      await submitSurveyResponse({ unitSlug: "samsat-mataram", fields });
    }

    expect(await mismatches()).toMatchObject({ tallies: 0, dayTallies: 0, dayCounts: 0 });
  });
});
