import { and, asc, desc, eq, inArray, ne, type SQL, sql } from "drizzle-orm";

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

export function unitFilters(
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

type TallyTable = typeof tallies | typeof dayTallies;

/** Sum and count per element, for the whole scope and per unit: GROUPING SETS of either table. */
function elementGroups(table: TallyTable) {
  return {
    columns: {
      wholeScope: sql<number>`grouping(${table.unitId})`.mapWith(Number),
      unitId: table.unitId,
      code: table.elementCode,
      sum: sql<number>`sum(${table.sum})`.mapWith(Number),
      count: sql<number>`sum(${table.count})`.mapWith(Number),
    },
    sets: sql`grouping sets ((${table.elementCode}), (${table.unitId}, ${table.elementCode}))`,
    answered: sql`sum(${table.count}) > 0`,
  };
}

/** Sum and count per element for the whole scope and per unit, in one query, from the tallies. */
export async function sumElements(
  bounds: Bounds,
): Promise<{ pooled: ElementTally[]; byUnit: UnitElementTally[] }> {
  const db = await getDb();
  const groups = elementGroups(tallies);
  const rows = await db
    .select(groups.columns)
    .from(tallies)
    .where(
      and(
        eq(tallies.surveyId, bounds.surveyId),
        ...unitFilters(tallies.unitId, tallies.serviceId, bounds),
      ),
    )
    .groupBy(groups.sets)
    .having(groups.answered);
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

/** Respondents per survey and service of one unit, over whole periods. */
export async function countServiceRespondents({
  unitId,
  surveyIds,
}: {
  unitId: number;
  surveyIds: number[];
}): Promise<Array<{ surveyId: number; serviceId: number; respondents: number }>> {
  if (surveyIds.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      surveyId: dayCounts.surveyId,
      serviceId: dayCounts.serviceId,
      respondents: sql<number>`sum(${dayCounts.respondents})`.mapWith(Number),
    })
    .from(dayCounts)
    .where(and(inArray(dayCounts.surveyId, surveyIds), eq(dayCounts.unitId, unitId)))
    .groupBy(dayCounts.surveyId, dayCounts.serviceId);
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
  const groups = elementGroups(dayTallies);
  const rows = await db
    .select(groups.columns)
    .from(dayTallies)
    .innerJoin(
      sql`(values ${sql.join(chosen, sql`, `)}) as chosen (unit_id, service_id, first_day, last_day)`,
      // The unit leads the primary key, so each chosen service is one range scan of its days.
      sql`chosen.unit_id = ${dayTallies.unitId} and chosen.service_id = ${dayTallies.serviceId}
        and ${dayTallies.day} between chosen.first_day and chosen.last_day`,
    )
    .where(eq(dayTallies.surveyId, surveyId))
    .groupBy(groups.sets)
    .having(groups.answered);
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
