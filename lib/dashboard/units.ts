import { computeIkm } from "@/lib/ikm";
import { type Period, sampleStatus, type SampleStatus } from "@/lib/results/population";
import type { RankedUnit } from "@/lib/results/queries";
import {
  orderRanking,
  groupTalliesByUnit,
  rankByIkm,
  type RankingSort,
  type SortDirection,
} from "@/lib/results/ranking";
import type { ScopedUnit } from "@/lib/results/units";

import type { UnitElementTally } from "./aggregates";

export type UnitSample = Omit<ScopedUnit, "annualUsers"> &
  SampleStatus & {
    /** Respondents over the whole period, whatever service or dates are chosen. */
    respondents: number;
    /** Respondents still missing to reach the minimum sample; null when it is unknown. */
    shortBy: number | null;
  };

/** Each unit's respondents against its minimum sample (Krejcie–Morgan) for the period. */
export function buildUnitSamples({
  units,
  respondents,
  period,
}: {
  units: ReadonlyArray<ScopedUnit>;
  respondents: ReadonlyMap<number, number>;
  period: Period;
}): UnitSample[] {
  return units.map(({ annualUsers, ...unit }) => {
    const count = respondents.get(unit.id) ?? 0;
    const status = sampleStatus({ annualUsers, period, respondents: count });
    const shortBy =
      status.minimumSample === null ? null : Math.max(0, status.minimumSample - count);
    return { ...unit, ...status, respondents: count, shortBy };
  });
}

/** Units short of their minimum sample, the furthest first. */
export function unitsShortOfSample(samples: ReadonlyArray<UnitSample>): UnitSample[] {
  return samples
    .filter((sample) => sample.shortBy !== null && sample.shortBy > 0)
    .sort((a, b) => b.shortBy! - a.shortBy! || a.name.localeCompare(b.name, "id"));
}

/**
 * The scope's units ranked by IKM (ties share a rank), in the requested order. `respondents`
 * counts those behind each IKM (the chosen dates); the sample status is the whole period's.
 */
export function rankScopeUnits({
  samples,
  tallies,
  respondents,
  sort,
  direction,
}: {
  samples: ReadonlyArray<UnitSample>;
  tallies: ReadonlyArray<UnitElementTally>;
  respondents: ReadonlyMap<number, number>;
  sort: RankingSort;
  direction: SortDirection;
}): RankedUnit[] {
  const talliesOf = groupTalliesByUnit(tallies);
  const rows = samples.map((sample) => {
    const unitTallies = talliesOf.get(sample.id);
    const scored = unitTallies ? computeIkm(unitTallies) : null;
    return {
      id: sample.id,
      slug: sample.slug,
      name: sample.name,
      agencySlug: sample.agencySlug,
      agencyShortName: sample.agencyShortName,
      regencyName: sample.regencyName,
      population: sample.population,
      minimumSample: sample.minimumSample,
      representative: sample.representative,
      respondents: respondents.get(sample.id) ?? 0,
      ikm: scored?.ikm ?? null,
      grade: scored?.grade ?? null,
      performance: scored?.performance ?? null,
    };
  });
  return orderRanking(rankByIkm(rows), { sort, direction });
}
