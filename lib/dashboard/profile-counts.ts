import { and, count, eq, type SQL, sql } from "drizzle-orm";

import { getDb } from "@/db";
import { respondents } from "@/db/schema";

import { type Bounds, unitFilters } from "./aggregates";

/** Respondents of the survey within the bounds. */
function respondentsWithin(bounds: Bounds): SQL {
  return and(
    eq(respondents.surveyId, bounds.surveyId),
    ...unitFilters(respondents.unitId, respondents.serviceId, bounds),
  )!;
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
