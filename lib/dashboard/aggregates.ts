import { and, asc, count, desc, eq, inArray, ne, type SQL, sql } from "drizzle-orm";

import { getDb } from "@/db";
import { dayCounts, dayTallies, respondents, services, surveys, tallies, units } from "@/db/schema";
import type { ElementTally } from "@/lib/results/aggregates";

import type { DayCount, Selection } from "./date-blocks";

// Every sum and count here is added up by the database; JavaScript only names the rows.

/** Which answers to add up: one survey, optionally one agency's units, one unit, one service. */
export type Bounds = {
  surveyId: number;
  agencyId?: number;
  unitId?: number;
  serviceId?: number;
};

export type UnitElementTally = ElementTally & { unitId: number };

type UnitColumn = typeof tallies.unitId | typeof respondents.unitId | typeof dayCounts.unitId;
type ServiceColumn =
  typeof tallies.serviceId | typeof respondents.serviceId | typeof dayCounts.serviceId;

function unitFilters(
  unitColumn: UnitColumn,
  serviceColumn: ServiceColumn,
  bounds: Omit<Bounds, "surveyId">,
): SQL[] {
  const filters: SQL[] = [];
  if (bounds.agencyId !== undefined) {
    // An array computed once (an InitPlan) lets PostgreSQL use the (survey, unit) indexes,
    // where `in (select …)` would read every respondent of the survey and join.
    filters.push(sql`${unitColumn} = any(array(select ${units.id} from ${units}
      where ${units.agencyId} = ${bounds.agencyId}))`);
  }
  if (bounds.unitId !== undefined) filters.push(eq(unitColumn, bounds.unitId));
  if (bounds.serviceId !== undefined) filters.push(eq(serviceColumn, bounds.serviceId));
  return filters;
}

/** Respondents of the survey within the bounds. */
function respondentsWithin(bounds: Bounds): SQL {
  return and(
    eq(respondents.surveyId, bounds.surveyId),
    ...unitFilters(respondents.unitId, respondents.serviceId, bounds),
  )!;
}

type GroupedTally = { wholeScope: number; unitId: number | null } & ElementTally;

function splitPooled(rows: GroupedTally[]) {
  const pooled: ElementTally[] = [];
  const byUnit: UnitElementTally[] = [];
  for (const { wholeScope, unitId, ...tally } of rows) {
    if (wholeScope === 1) pooled.push(tally);
    else byUnit.push({ ...tally, unitId: unitId! });
  }
  return { pooled, byUnit };
}

/** Sum and count per element for the whole scope and per unit, in one query, from the tallies. */
export async function sumElements(
  bounds: Bounds,
): Promise<{ pooled: ElementTally[]; byUnit: UnitElementTally[] }> {
  const db = await getDb();
  const rows = await db
    .select({
      wholeScope: sql<number>`grouping(${tallies.unitId})`.mapWith(Number),
      unitId: tallies.unitId,
      code: tallies.elementCode,
      sum: sql<number>`sum(${tallies.sum})`.mapWith(Number),
      count: sql<number>`sum(${tallies.count})`.mapWith(Number),
    })
    .from(tallies)
    .where(
      and(
        eq(tallies.surveyId, bounds.surveyId),
        ...unitFilters(tallies.unitId, tallies.serviceId, bounds),
      ),
    )
    .groupBy(
      sql`grouping sets ((${tallies.elementCode}), (${tallies.unitId}, ${tallies.elementCode}))`,
    )
    .having(sql`sum(${tallies.count}) > 0`);
  return splitPooled(rows);
}

/** Respondents per unit, service and WITA day of the survey, within the bounds. */
export async function listDayCounts(bounds: Omit<Bounds, "serviceId">): Promise<DayCount[]> {
  const db = await getDb();
  return db
    .select({
      unitId: dayCounts.unitId,
      serviceId: dayCounts.serviceId,
      day: dayCounts.day,
      respondents: dayCounts.respondents,
    })
    .from(dayCounts)
    .where(
      and(
        eq(dayCounts.surveyId, bounds.surveyId),
        ...unitFilters(dayCounts.unitId, dayCounts.serviceId, bounds),
      ),
    )
    .orderBy(dayCounts.day);
}

/**
 * Sum and count per element, for all selections together and per unit: the day tallies of each
 * selection's services within its span of days.
 */
export async function sumSelectedElements({
  surveyId,
  selections,
}: {
  surveyId: number;
  selections: ReadonlyArray<Selection>;
}): Promise<{ pooled: ElementTally[]; byUnit: UnitElementTally[] }> {
  const chosen = selections.flatMap((selection) =>
    selection.serviceIds.map(
      (serviceId) =>
        sql`(${selection.unitId}::int, ${serviceId}::int, ${selection.span.first}::date,
          ${selection.span.last}::date)`,
    ),
  );
  if (chosen.length === 0) return { pooled: [], byUnit: [] };
  const db = await getDb();
  const rows = await db
    .select({
      wholeScope: sql<number>`grouping(${dayTallies.unitId})`.mapWith(Number),
      unitId: dayTallies.unitId,
      code: dayTallies.elementCode,
      sum: sql<number>`sum(${dayTallies.sum})`.mapWith(Number),
      count: sql<number>`sum(${dayTallies.count})`.mapWith(Number),
    })
    .from(dayTallies)
    .innerJoin(
      sql`(values ${sql.join(chosen, sql`, `)}) as chosen (unit_id, service_id, first_day, last_day)`,
      // The unit leads the primary key, so each chosen service is one range scan of its days.
      sql`chosen.unit_id = ${dayTallies.unitId} and chosen.service_id = ${dayTallies.serviceId}
        and ${dayTallies.day} between chosen.first_day and chosen.last_day`,
    )
    .where(eq(dayTallies.surveyId, surveyId))
    .groupBy(
      sql`grouping sets ((${dayTallies.elementCode}), (${dayTallies.unitId}, ${dayTallies.elementCode}))`,
    )
    .having(sql`sum(${dayTallies.count}) > 0`);
  return splitPooled(rows);
}

/** Sum and count per element for each of several surveys (whole periods), from the tallies. */
export async function sumElementsBySurvey({
  surveyIds,
  ...bounds
}: Omit<Bounds, "surveyId"> & { surveyIds: number[] }): Promise<
  Array<ElementTally & { surveyId: number }>
> {
  if (surveyIds.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      surveyId: tallies.surveyId,
      code: tallies.elementCode,
      sum: sql<number>`sum(${tallies.sum})`.mapWith(Number),
      count: sql<number>`sum(${tallies.count})`.mapWith(Number),
    })
    .from(tallies)
    .where(
      and(
        inArray(tallies.surveyId, surveyIds),
        ...unitFilters(tallies.unitId, tallies.serviceId, bounds),
      ),
    )
    .groupBy(tallies.surveyId, tallies.elementCode)
    .having(sql`sum(${tallies.count}) > 0`);
}

// Literal bounds only: the same expression must appear in the select list and in GROUP BY.
const ageBand = sql<string | null>`case
  when ${respondents.age} is null then null
  when ${respondents.age} <= 20 then 'sampai-20'
  when ${respondents.age} <= 30 then '21-30'
  when ${respondents.age} <= 40 then '31-40'
  when ${respondents.age} <= 50 then '41-50'
  when ${respondents.age} <= 60 then '51-60'
  else 'di-atas-60' end`;

export const profileDimensions = [
  "unit",
  "sex",
  "age",
  "education",
  "occupation",
  "service",
] as const;
export type ProfileDimension = (typeof profileDimensions)[number];

/** One group of respondents: `key` is null for those who did not answer that question. */
export type ProfileCount = {
  dimension: ProfileDimension | "all";
  key: string | null;
  count: number;
};

const ALL_GROUPED = 2 ** profileDimensions.length - 1;

function dimensionOf(mask: number): ProfileDimension | "all" {
  if (mask === ALL_GROUPED) return "all";
  const index = profileDimensions.findIndex(
    (_, position) => (mask & (1 << (profileDimensions.length - 1 - position))) === 0,
  );
  return profileDimensions[index]!;
}

/**
 * Respondents in the bounds counted in total, per unit, and by sex, age band, education,
 * occupation and service: one pass over the rows, several groupings (GROUPING SETS).
 */
export async function countRespondentProfile(bounds: Bounds): Promise<ProfileCount[]> {
  const db = await getDb();
  const columns = [
    respondents.unitId,
    respondents.sex,
    ageBand,
    respondents.education,
    respondents.occupation,
    respondents.serviceId,
  ];
  const sets = sql.join([sql`()`, ...columns.map((column) => sql`(${column})`)], sql`, `);
  const rows = await db
    .select({
      mask: sql<number>`grouping(${sql.join(columns, sql`, `)})`.mapWith(Number),
      unitId: respondents.unitId,
      sex: respondents.sex,
      age: ageBand,
      education: respondents.education,
      occupation: respondents.occupation,
      serviceId: respondents.serviceId,
      count: count(),
    })
    .from(respondents)
    .where(respondentsWithin(bounds))
    .groupBy(sql`grouping sets (${sets})`);

  return rows.map((row) => {
    const dimension = dimensionOf(row.mask);
    const key = {
      all: null,
      unit: row.unitId,
      sex: row.sex,
      age: row.age,
      education: row.education,
      occupation: row.occupation,
      service: row.serviceId,
    }[dimension];
    return { dimension, key: key === null ? null : String(key), count: row.count };
  });
}

export type ScopeServiceRow = { id: number; name: string; unitId: number; unitName: string };

/** The services of the scope's units, in each unit's order. */
export async function listScopeServices(
  bounds: Pick<Bounds, "agencyId" | "unitId">,
): Promise<ScopeServiceRow[]> {
  const db = await getDb();
  const filters: SQL[] = [];
  if (bounds.agencyId !== undefined) filters.push(eq(units.agencyId, bounds.agencyId));
  if (bounds.unitId !== undefined) filters.push(eq(units.id, bounds.unitId));
  return db
    .select({ id: services.id, name: services.name, unitId: units.id, unitName: units.name })
    .from(services)
    .innerJoin(units, eq(units.id, services.unitId))
    .where(and(...filters))
    .orderBy(asc(units.name), asc(services.position), asc(services.id));
}

export type SurveyListing = Pick<
  typeof surveys.$inferSelect,
  | "id"
  | "slug"
  | "name"
  | "kind"
  | "startDate"
  | "endDate"
  | "status"
  | "publishedAt"
  | "questionnaireId"
>;

/** Every survey period except drafts, the latest first. */
export async function listSurveyPeriods(): Promise<SurveyListing[]> {
  const db = await getDb();
  return db
    .select({
      id: surveys.id,
      slug: surveys.slug,
      name: surveys.name,
      kind: surveys.kind,
      startDate: surveys.startDate,
      endDate: surveys.endDate,
      status: surveys.status,
      publishedAt: surveys.publishedAt,
      questionnaireId: surveys.questionnaireId,
    })
    .from(surveys)
    .where(ne(surveys.status, "draft"))
    .orderBy(desc(surveys.startDate), desc(surveys.id));
}
