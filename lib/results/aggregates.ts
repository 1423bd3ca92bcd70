import { and, countDistinct, eq, type SQL, sql } from "drizzle-orm";

import { getDb } from "@/db";
import { agencies, dayCounts, surveys, tallies, units } from "@/db/schema";

/** Which answers to add up: one survey, optionally narrowed to one unit or one agency's units. */
export type Scope = { surveyId: number; unitId?: number; agencySlug?: string };

export type ElementTally = { code: string; sum: number; count: number };

export type UnitTally = ElementTally & { unitId: number };

type UnitColumn = typeof tallies.unitId | typeof dayCounts.unitId;

function unitFilters(column: UnitColumn, scope: Scope): SQL[] {
  const filters: SQL[] = [];
  if (scope.unitId !== undefined) filters.push(eq(column, scope.unitId));
  if (scope.agencySlug !== undefined) {
    // An array computed once (an InitPlan) lets PostgreSQL use the unit in each table's key.
    filters.push(sql`${column} = any(array(select ${units.id} from ${units}
      inner join ${agencies} on ${agencies.id} = ${units.agencyId}
      where ${agencies.slug} = ${scope.agencySlug}))`);
  }
  return filters;
}

function talliesIn(scope: Scope): SQL {
  return and(eq(tallies.surveyId, scope.surveyId), ...unitFilters(tallies.unitId, scope))!;
}

const summed = {
  code: tallies.elementCode,
  sum: sql<number>`sum(${tallies.sum})`.mapWith(Number),
  count: sql<number>`sum(${tallies.count})`.mapWith(Number),
};

/** Sum and count per element over every unit and service of the scope, pooled by the database. */
export async function sumTallies(scope: Scope): Promise<ElementTally[]> {
  const db = await getDb();
  return db
    .select(summed)
    .from(tallies)
    .where(talliesIn(scope))
    .groupBy(tallies.elementCode)
    .having(sql`sum(${tallies.count}) > 0`);
}

/** The same sums per unit, for the whole scope in one query. */
export async function sumTalliesByUnit(scope: Scope): Promise<UnitTally[]> {
  const db = await getDb();
  return db
    .select({ unitId: tallies.unitId, ...summed })
    .from(tallies)
    .where(talliesIn(scope))
    .groupBy(tallies.unitId, tallies.elementCode)
    .having(sql`sum(${tallies.count}) > 0`);
}

export async function countUnitsWithAnswers(scope: Scope): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: countDistinct(tallies.unitId) })
    .from(tallies)
    .where(and(talliesIn(scope), sql`${tallies.count} > 0`));
  return row?.n ?? 0;
}

// Respondents are counted from the day counts each submission keeps, never by reading the
// respondents themselves: a ranking of 200,000 answers costs what one of 2,000 costs.
function dayCountsIn(scope: Scope): SQL {
  return and(eq(dayCounts.surveyId, scope.surveyId), ...unitFilters(dayCounts.unitId, scope))!;
}

export async function countRespondents(scope: Scope): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${dayCounts.respondents}), 0)`.mapWith(Number) })
    .from(dayCounts)
    .where(dayCountsIn(scope));
  return row?.n ?? 0;
}

export async function countRespondentsByUnit(scope: Scope): Promise<Map<number, number>> {
  const db = await getDb();
  const rows = await db
    .select({
      unitId: dayCounts.unitId,
      n: sql<number>`sum(${dayCounts.respondents})`.mapWith(Number),
    })
    .from(dayCounts)
    .where(dayCountsIn(scope))
    .groupBy(dayCounts.unitId);
  return new Map(rows.map((row) => [row.unitId, row.n]));
}

export type SurveyPeriod = {
  id: number;
  startDate: string;
  endDate: string;
  questionnaireId: number;
};

export async function findSurveyPeriod({ surveyId }: { surveyId: number }): Promise<SurveyPeriod> {
  const db = await getDb();
  const [survey] = await db
    .select({
      id: surveys.id,
      startDate: surveys.startDate,
      endDate: surveys.endDate,
      questionnaireId: surveys.questionnaireId,
    })
    .from(surveys)
    .where(eq(surveys.id, surveyId));
  if (!survey) throw new Error(`No survey with id ${surveyId}.`);
  return survey;
}
