import { and, asc, eq, type SQL, sql } from "drizzle-orm";

import { getDb } from "@/db";
import { agencies, regencies, services, units } from "@/db/schema";

import { isSlug } from "@/lib/text";

import { compareNames } from "./collation";
import { escapeLike, parseSearchTerms } from "./search-terms";

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 50;

export type DirectoryUnit = {
  slug: string;
  name: string;
  agencySlug: string;
  agencyName: string;
  agencyShortName: string;
  regencyName: string;
};

export type DirectorySearch = { units: DirectoryUnit[]; total: number };

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

function containsEvery(text: SQL, words: string[]): SQL {
  return and(...words.map((word) => sql`${text} ilike ${`%${escapeLike(word)}%`}`))!;
}

/**
 * Units whose name, slug, agency name or agency short name hold every word typed. Units matched
 * on their own name come first, those whose name starts with the words before the rest.
 */
export async function searchDirectory({
  q,
  limit = DEFAULT_LIMIT,
}: {
  q: string;
  limit?: number;
}): Promise<DirectorySearch> {
  const terms = parseSearchTerms(q);
  if (!terms) return { units: [], total: 0 };

  const phrase = escapeLike(terms.phrase);
  const unitText = sql`(${units.name} || ' ' || ${units.slug})`;
  const anyText = sql`(${unitText} || ' ' || ${agencies.name} || ' ' || ${agencies.shortName})`;
  const rank = sql`case
    when ${units.name} ilike ${`${phrase}%`} then 0
    when ${units.name} ilike ${`% ${phrase}%`} then 1
    when ${containsEvery(unitText, terms.words)} then 2
    else 3 end`;

  const db = await getDb();
  const rows = await db
    .select({
      unit: {
        slug: units.slug,
        name: units.name,
        agencySlug: agencies.slug,
        agencyName: agencies.name,
        agencyShortName: agencies.shortName,
        regencyName: regencies.name,
      },
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(units)
    .innerJoin(agencies, eq(units.agencyId, agencies.id))
    .innerJoin(regencies, eq(units.regencyCode, regencies.code))
    .where(containsEvery(anyText, terms.words))
    .orderBy(rank, asc(units.name))
    .limit(Math.min(Math.max(1, limit), MAX_LIMIT));

  return { units: rows.map((row) => row.unit), total: rows[0]?.total ?? 0 };
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
