import { and, count, eq, type SQL, sql } from "drizzle-orm";

import { getDb } from "@/db";
import { agencies, regencies, services, units } from "@/db/schema";
import { isSlug } from "@/lib/text";

import { annualUsersOfUnit } from "./population";

export type ScopedUnit = {
  id: number;
  slug: string;
  name: string;
  agencySlug: string;
  agencyShortName: string;
  regencyName: string;
  /** The unit's yearly estimate of people served, or null while unknown. */
  annualUsers: number | null;
};

/** The units of one agency (or all, or one), each with its yearly estimate, in one query. */
export async function listScopedUnits({
  agencySlug,
  unitId,
}: {
  agencySlug?: string;
  unitId?: number;
}): Promise<ScopedUnit[]> {
  if (agencySlug !== undefined && !isSlug(agencySlug)) return [];
  const db = await getDb();
  const estimates = db
    .select({
      unitId: services.unitId,
      total: sql<number | null>`case when count(*) = count(${services.annualUsers})
        then sum(${services.annualUsers}) end`.as("services_total"),
    })
    .from(services)
    .groupBy(services.unitId)
    .as("estimates");

  const filters: SQL[] = [];
  if (agencySlug !== undefined) filters.push(eq(agencies.slug, agencySlug));
  if (unitId !== undefined) filters.push(eq(units.id, unitId));

  const rows = await db
    .select({
      id: units.id,
      slug: units.slug,
      name: units.name,
      agencySlug: agencies.slug,
      agencyShortName: agencies.shortName,
      regencyName: regencies.name,
      unitEstimate: units.annualUsers,
      servicesTotal: estimates.total,
    })
    .from(units)
    .innerJoin(agencies, eq(agencies.id, units.agencyId))
    .innerJoin(regencies, eq(regencies.code, units.regencyCode))
    .leftJoin(estimates, eq(estimates.unitId, units.id))
    .where(and(...filters));

  return rows.map(({ unitEstimate, servicesTotal, ...unit }) => ({
    ...unit,
    annualUsers: annualUsersOfUnit({
      unitEstimate,
      servicesTotal: servicesTotal === null ? null : Number(servicesTotal),
    }),
  }));
}

export async function countScopedUnits({ agencySlug }: { agencySlug?: string }): Promise<number> {
  if (agencySlug !== undefined && !isSlug(agencySlug)) return 0;
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(units)
    .innerJoin(agencies, eq(agencies.id, units.agencyId))
    .where(agencySlug === undefined ? undefined : eq(agencies.slug, agencySlug));
  return row?.n ?? 0;
}
