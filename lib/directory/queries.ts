import { asc, eq } from "drizzle-orm";

import { getDb } from "@/db";
import { agencies, regencies, services, units } from "@/db/schema";

import { isSlug } from "@/lib/text";

import { compareNames } from "./collation";
import { type DirectoryUnit, type SearchableUnit, searchUnits } from "./search-index";
import { parseSearchTerms } from "./search-terms";

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 50;

export type { DirectoryUnit } from "./search-index";

/** One page of the units found: `units` are those from index `start` (0-based) of `total`. */
export type DirectorySearch = {
  units: DirectoryUnit[];
  total: number;
  page: number;
  pages: number;
  start: number;
};

export type UnitProfile = {
  id: number;
  slug: string;
  name: string;
  address: string | null;
  annualUsers: number | null;
  agency: { id: number; slug: string; name: string; shortName: string };
  regency: { code: string; name: string };
  services: Array<{ id: number; name: string; position: number; annualUsers: number | null }>;
};

export type AgencySummary = { id: number; slug: string; name: string; shortName: string };

/** Every unit with the names it can be found by: its own, its agency's, regency's, services'. */
export async function listSearchableUnits(): Promise<SearchableUnit[]> {
  const db = await getDb();
  const [rows, serviceRows] = await Promise.all([
    db
      .select({
        id: units.id,
        slug: units.slug,
        name: units.name,
        agencySlug: agencies.slug,
        agencyName: agencies.name,
        agencyShortName: agencies.shortName,
        regencyName: regencies.name,
      })
      .from(units)
      .innerJoin(agencies, eq(units.agencyId, agencies.id))
      .innerJoin(regencies, eq(units.regencyCode, regencies.code)),
    db.select({ unitId: services.unitId, name: services.name }).from(services),
  ]);
  const servicesOf = new Map<number, string[]>();
  for (const { unitId, name } of serviceRows) {
    servicesOf.set(unitId, [...(servicesOf.get(unitId) ?? []), name]);
  }
  return rows.map(({ id, ...unit }) => ({ ...unit, services: servicesOf.get(id) ?? [] }));
}

/**
 * Units matching every word typed (see searchUnits), best first, `limit` to a page. The directory
 * is small (tens of agencies, about fifty units), so it is read and indexed per search: always
 * current, and no respondent's data is involved. A page past the last gives the last one.
 */
export async function searchDirectory({
  q,
  page = 1,
  limit = DEFAULT_LIMIT,
}: {
  q: string;
  page?: number;
  limit?: number;
}): Promise<DirectorySearch> {
  const terms = parseSearchTerms(q);
  const found = terms ? searchUnits(await listSearchableUnits(), terms.words) : [];
  const size = Math.min(Math.max(1, limit), MAX_LIMIT);
  const pages = Math.max(1, Math.ceil(found.length / size));
  const shown = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const start = (shown - 1) * size;
  return {
    units: found.slice(start, start + size),
    total: found.length,
    page: shown,
    pages,
    start,
  };
}

/** A unit with its agency, regency and services in the order the unit lists them. */
export async function findUnitBySlug({ slug }: { slug: string }): Promise<UnitProfile | null> {
  if (!isSlug(slug)) return null;
  const db = await getDb();
  const unit = await db.query.units.findFirst({
    where: eq(units.slug, slug),
    columns: { id: true, slug: true, name: true, address: true, annualUsers: true },
    with: {
      agency: { columns: { id: true, slug: true, name: true, shortName: true } },
      regency: { columns: { code: true, name: true } },
      services: {
        columns: { id: true, name: true, position: true, annualUsers: true },
        orderBy: [asc(services.position), asc(services.id)],
      },
    },
  });
  return unit ?? null;
}

/** Every agency, by name. */
export async function listAgencies(): Promise<AgencySummary[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: agencies.id,
      slug: agencies.slug,
      name: agencies.name,
      shortName: agencies.shortName,
    })
    .from(agencies);
  return rows.sort((a, b) => compareNames(a.name, b.name));
}

/** One agency by its slug; null for a slug no agency has, readable or not. */
export async function findAgencyBySlug({ slug }: { slug: string }): Promise<AgencySummary | null> {
  if (!isSlug(slug)) return null;
  const db = await getDb();
  const [agency] = await db
    .select({
      id: agencies.id,
      slug: agencies.slug,
      name: agencies.name,
      shortName: agencies.shortName,
    })
    .from(agencies)
    .where(eq(agencies.slug, slug))
    .limit(1);
  return agency ?? null;
}

/** Whether a unit has this slug: the cheapest check, for answering unknown addresses early. */
export async function unitSlugExists({ slug }: { slug: string }): Promise<boolean> {
  if (!isSlug(slug)) return false;
  const db = await getDb();
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.slug, slug)).limit(1);
  return unit !== undefined;
}
