import { and, count, countDistinct, eq, inArray, type SQL, sql } from "drizzle-orm";

import { getDb } from "@/db";
import { agencies, respondents, surveys, tallies, units } from "@/db/schema";

/** Which answers to add up: one survey, optionally narrowed to one unit or one agency's units. */
export type Scope = { surveyId: number; unitId?: number; agencySlug?: string };

export type ElementTally = { code: string; sum: number; count: number };

export type UnitTally = ElementTally & { unitId: number };

type UnitColumn = typeof tallies.unitId | typeof respondents.unitId;

function unitFilters(column: UnitColumn, scope: Scope): SQL[] {
  const filters: SQL[] = [];
  if (scope.unitId !== undefined) filters.push(eq(column, scope.unitId));
  if (scope.agencySlug !== undefined) {
    const agencyUnits = sql`(select ${units.id} from ${units}
      inner join ${agencies} on ${agencies.id} = ${units.agencyId}
      where ${agencies.slug} = ${scope.agencySlug})`;
    filters.push(inArray(column, agencyUnits));
  }
  return filters;
}

function talliesIn(scope: Scope): SQL {
  return and(eq(tallies.surveyId, scope.surveyId), ...unitFilters(tallies.unitId, scope))!;
}

function respondentsIn(scope: Scope): SQL {
  return and(eq(respondents.surveyId, scope.surveyId), ...unitFilters(respondents.unitId, scope))!;
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

export async function countRespondents(scope: Scope): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(respondents).where(respondentsIn(scope));
  return row?.n ?? 0;
}

export async function countRespondentsByUnit(scope: Scope): Promise<Map<number, number>> {
  const db = await getDb();
  const rows = await db
    .select({ unitId: respondents.unitId, n: count() })
    .from(respondents)
    .where(respondentsIn(scope))
    .groupBy(respondents.unitId);
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
