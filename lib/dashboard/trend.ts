import { formatScore } from "@/lib/format/number";
import { computeIkm, type Grade, type Performance } from "@/lib/ikm";
import type { ElementTally } from "@/lib/results/aggregates";

import type { SurveyListing } from "./aggregates";

/** How many periods the trend goes back, the chosen one included. */
export const TREND_PERIODS = 8;

export type TrendSurvey = Pick<SurveyListing, "id" | "slug" | "name" | "kind" | "startDate">;

export type TrendPoint = {
  surveyId: number;
  slug: string;
  name: string;
  ikm: number | null;
  grade: Grade | null;
  performance: Performance | null;
  /** The period has answers, but its figure is held back (a service pooled with small ones). */
  withheld: boolean;
};

export type PeriodChange =
  | { kind: "no-previous" }
  | { kind: "not-comparable"; previous: TrendPoint }
  | { kind: "compared"; previous: TrendPoint; difference: number };

/**
 * The chosen survey and the periods of the same kind before it, oldest first: quarters are
 * compared with quarters, never with a half-year that overlaps them.
 */
export function trendSurveys<T extends TrendSurvey>(
  surveys: ReadonlyArray<T>,
  current: T,
  limit = TREND_PERIODS,
): T[] {
  const earlier = surveys.filter(
    (survey) =>
      survey.id !== current.id &&
      survey.kind === current.kind &&
      survey.startDate < current.startDate,
  );
  const sorted = earlier.sort((a, b) => a.startDate.localeCompare(b.startDate));
  return [...sorted.slice(-(limit - 1)), current];
}

/** Each period's IKM over its own pooled tallies; null where nobody answered or it is held back. */
export function buildTrend(
  periods: ReadonlyArray<TrendSurvey>,
  tallies: ReadonlyArray<ElementTally & { surveyId: number }>,
  withheld: ReadonlySet<number> = new Set(),
): TrendPoint[] {
  return periods.map((period) => {
    const held = withheld.has(period.id);
    const own = tallies
      .filter((tally) => !held && tally.surveyId === period.id)
      .map(({ code, sum, count }) => ({ code, sum, count }));
    const scored = own.length > 0 ? computeIkm(own) : null;
    return {
      surveyId: period.id,
      slug: period.slug,
      name: period.name,
      ikm: scored?.ikm ?? null,
      grade: scored?.grade ?? null,
      performance: scored?.performance ?? null,
      withheld: held,
    };
  });
}

/** The IKM shown now against the one shown for the period before, in whole hundredths. */
export function changeFromPrevious(
  trend: ReadonlyArray<TrendPoint>,
  ikm: number | null,
): PeriodChange {
  const previous = trend.length > 1 ? trend[trend.length - 2] : undefined;
  if (!previous) return { kind: "no-previous" };
  if (previous.ikm === null || ikm === null) return { kind: "not-comparable", previous };
  const hundredths = Math.round(ikm * 100) - Math.round(previous.ikm * 100);
  return { kind: "compared", previous, difference: hundredths / 100 };
}

/** "naik 2,15 poin", "turun 0,40 poin" or "tetap". */
export function describeDifference(difference: number): string {
  if (difference > 0) return `naik ${formatScore(difference)} poin`;
  if (difference < 0) return `turun ${formatScore(-difference)} poin`;
  return "tetap";
}
