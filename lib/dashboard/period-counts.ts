import type { ElementTally } from "@/lib/results/aggregates";

import {
  type Bounds,
  listDayCounts,
  sumElements,
  sumSelectedElements,
  type UnitElementTally,
} from "./aggregates";
import {
  type Coverage,
  coverageOf,
  type DayRange,
  groupServices,
  selectRange,
  standaloneGroup,
  within,
} from "./date-blocks";
import type { DashboardFilters } from "./filters";
import { SMALLEST_GROUP } from "./profile";
import { countRespondentProfile, type ProfileCount } from "./profile-counts";

function countsOf(counts: ReadonlyArray<ProfileCount>, dimension: ProfileCount["dimension"]) {
  return new Map(
    counts
      .filter((row) => row.dimension === dimension && row.key !== null)
      .map((row) => [Number(row.key), row.count]),
  );
}

/** The sums and counts behind a period's figures, before they are scored and shaped. */
export type PeriodCounts = {
  elements: { pooled: ElementTally[]; byUnit: UnitElementTally[] };
  /** Respondents behind the figures, in all and per unit. */
  respondents: number;
  byUnit: Map<number, number>;
  /** Respondents per unit over the whole period, whatever the service or dates chosen. */
  periodByUnit: Map<number, number>;
  /** The respondent profile; empty when it is not shown (a date range). */
  profile: ProfileCount[];
  /** The days that narrowed figures cover, once widened to whole blocks. */
  coverage: Coverage | null;
  withheld: string | null;
};

const SERVICE_WITHHELD =
  "Angka untuk layanan ini tidak ditampilkan sendiri: layanan ini, atau layanan lain di unit " +
  `ini, punya kurang dari ${SMALLEST_GROUP} penilaian, sehingga selisih angkanya bisa ` +
  "mengenali penilai. Lihat angka unit secara keseluruhan.";

const TOO_SPARSE =
  "Penilaian dalam rentang tanggal ini terlalu sedikit untuk ditampilkan tanpa mengenali " +
  `penilai: angka dihitung dari kelompok hari yang masing-masing berisi sedikitnya ${SMALLEST_GROUP} ` +
  "penilaian, dan sebagian besar penilaian kelompok itu harus jatuh dalam rentang. Pilih " +
  "rentang yang lebih panjang.";

function sumByUnit(rows: ReadonlyArray<{ unitId: number; respondents: number }>) {
  const sums = new Map<number, number>();
  for (const row of rows) sums.set(row.unitId, (sums.get(row.unitId) ?? 0) + row.respondents);
  return sums;
}

async function wholePeriodCounts(bounds: Bounds): Promise<PeriodCounts> {
  const [elements, profile] = await Promise.all([
    sumElements(bounds),
    countRespondentProfile(bounds),
  ]);
  const byUnit = countsOf(profile, "unit");
  return {
    elements,
    respondents: profile.find((row) => row.dimension === "all")?.count ?? 0,
    byUnit,
    periodByUnit: byUnit,
    profile,
    coverage: null,
    withheld: null,
  };
}

/**
 * Figures narrowed by dates or a service, added up from whole blocks of days only
 * (date-blocks.ts), so that no two views differ by fewer than five people.
 */
async function narrowedCounts(bounds: Bounds, range: DayRange | null): Promise<PeriodCounts> {
  const { serviceId, ...place } = bounds;
  const days = await listDayCounts(place);
  const groups = groupServices(days);
  const periodByUnit = sumByUnit(days);

  const group = serviceId === undefined ? null : standaloneGroup(groups, serviceId);
  if (serviceId !== undefined && !group) {
    const respondents = days
      .filter((day) => day.serviceId === serviceId)
      .reduce((sum, day) => sum + day.respondents, 0);
    return {
      elements: { pooled: [], byUnit: [] },
      respondents,
      byUnit: new Map(),
      periodByUnit,
      profile: [],
      coverage: null,
      withheld: respondents > 0 ? SERVICE_WITHHELD : null,
    };
  }

  // No profile here: a service's or a range's profile subtracted from the whole period's would
  // count the small groups that the whole period's profile folds away.
  const selections = selectRange(group ? [group] : groups, range ?? {});
  const elements = await sumSelectedElements({ surveyId: bounds.surveyId, selections });
  const shownDays =
    serviceId === undefined ? days : days.filter((day) => day.serviceId === serviceId);
  const answeredInRange = range !== null && shownDays.some((day) => within(day.day, range));
  return {
    elements,
    respondents: selections.reduce((sum, selection) => sum + selection.respondents, 0),
    byUnit: sumByUnit(selections),
    periodByUnit,
    profile: [],
    coverage: range ? coverageOf(selections, shownDays) : null,
    withheld: selections.length === 0 && answeredInRange ? TOO_SPARSE : null,
  };
}

export function dayRange(filters: DashboardFilters): DayRange | null {
  if (!filters.dari && !filters.sampai) return null;
  return { dari: filters.dari, sampai: filters.sampai };
}

/**
 * The sums and counts behind a period's figures: the running tallies for a whole period, whole
 * blocks of day tallies when dates or a service narrow it.
 */
export function countPeriod(bounds: Bounds, range: DayRange | null): Promise<PeriodCounts> {
  const narrowed = range !== null || bounds.serviceId !== undefined;
  return narrowed ? narrowedCounts(bounds, range) : wholePeriodCounts(bounds);
}
