import directory from "@/db/seed/data/ntb-units.json";
import type { SearchableUnit } from "@/lib/directory/search-index";

/** The province's directory as seeded, in the shape the search indexes. */
export function seededUnits(): SearchableUnit[] {
  const regencyOf = new Map(directory.regencies.map((regency) => [regency.code, regency.name]));
  const agencyOf = new Map(directory.agencies.map((agency) => [agency.slug, agency]));
  return directory.units.map((unit) => {
    const agency = agencyOf.get(unit.agencySlug)!;
    return {
      slug: unit.slug,
      name: unit.name,
      agencySlug: agency.slug,
      agencyName: agency.name,
      agencyShortName: agency.shortName,
      regencyName: regencyOf.get(unit.regencyCode)!,
      services: unit.services,
    };
  });
}
