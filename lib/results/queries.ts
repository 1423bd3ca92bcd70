import { computeIkm, type Grade, type Performance } from "@/lib/ikm";

import {
  countRespondents,
  countRespondentsByUnit,
  countUnitsWithAnswers,
  findSurveyPeriod,
  type Scope,
  sumTallies,
  sumTalliesByUnit,
} from "./aggregates";
import { listQuestionnaireElements } from "./elements";
import { buildIkmResult, type IkmResult } from "./ikm-result";
import { sampleStatus, type SampleStatus } from "./population";
import {
  groupTalliesByUnit,
  orderRanking,
  rankByIkm,
  type RankingSort,
  type SortDirection,
} from "./ranking";
import { countScopedUnits, listScopedUnits, type ScopedUnit } from "./units";

export type { ElementResult, IkmResult } from "./ikm-result";
export type { SampleStatus } from "./population";
export { rankingSorts, sortDirections, type RankingSort, type SortDirection } from "./ranking";

export type UnitResult = SampleStatus & { respondents: number; result: IkmResult | null };

export type RankedUnit = Omit<ScopedUnit, "annualUsers"> &
  SampleStatus & {
    rank: number | null;
    respondents: number;
    ikm: number | null;
    grade: Grade | null;
    performance: Performance | null;
  };

export type PooledSummary = {
  respondents: number;
  unitsWithAnswers: number;
  unitCount: number;
  /** Computed over the pooled answers of every unit in scope, not a mean of unit IKMs. */
  result: IkmResult | null;
};

/** One unit's result for a survey: respondents, minimum sample, IKM and its nine elements. */
export async function getUnitResult({
  surveyId,
  unitId,
}: {
  surveyId: number;
  unitId: number;
}): Promise<UnitResult> {
  const survey = await findSurveyPeriod({ surveyId });
  const [tallies, names, respondents, [unit]] = await Promise.all([
    sumTallies({ surveyId, unitId }),
    listQuestionnaireElements({ questionnaireId: survey.questionnaireId }),
    countRespondents({ surveyId, unitId }),
    listScopedUnits({ unitId }),
  ]);
  if (!unit) throw new Error(`No unit with id ${unitId}.`);

  return {
    respondents,
    ...sampleStatus({ annualUsers: unit.annualUsers, period: survey, respondents }),
    result: buildIkmResult({ tallies, names }),
  };
}

/**
 * Every unit of the scope with its IKM, ranked by IKM (ties share a rank) and listed in the
 * requested order; units without answers come last. Four queries whatever the number of units.
 */
export async function rankUnits({
  surveyId,
  agencySlug,
  sort = "ikm",
  direction = "desc",
}: {
  surveyId: number;
  agencySlug?: string;
  sort?: RankingSort;
  direction?: SortDirection;
}): Promise<RankedUnit[]> {
  const scope: Scope = { surveyId, agencySlug };
  const [survey, unitList, tallies, respondentCounts] = await Promise.all([
    findSurveyPeriod({ surveyId }),
    listScopedUnits({ agencySlug }),
    sumTalliesByUnit(scope),
    countRespondentsByUnit(scope),
  ]);
  const talliesOf = groupTalliesByUnit(tallies);

  const rows = unitList.map(({ annualUsers, ...unit }) => {
    const respondents = respondentCounts.get(unit.id) ?? 0;
    const unitTallies = talliesOf.get(unit.id);
    const scored = unitTallies ? computeIkm(unitTallies) : null;
    return {
      ...unit,
      respondents,
      ...sampleStatus({ annualUsers, period: survey, respondents }),
      ikm: scored?.ikm ?? null,
      grade: scored?.grade ?? null,
      performance: scored?.performance ?? null,
    };
  });
  return orderRanking(rankByIkm(rows), { sort, direction });
}

async function summarisePool(scope: Scope): Promise<PooledSummary> {
  const survey = await findSurveyPeriod({ surveyId: scope.surveyId });
  const [tallies, names, respondents, unitsWithAnswers, unitCount] = await Promise.all([
    sumTallies(scope),
    listQuestionnaireElements({ questionnaireId: survey.questionnaireId }),
    countRespondents(scope),
    countUnitsWithAnswers(scope),
    countScopedUnits({ agencySlug: scope.agencySlug }),
  ]);
  return { respondents, unitsWithAnswers, unitCount, result: buildIkmResult({ tallies, names }) };
}

/** The whole province's IKM for a survey, pooling every answer of every unit. */
export async function getProvinceSummary({
  surveyId,
}: {
  surveyId: number;
}): Promise<PooledSummary> {
  return summarisePool({ surveyId });
}

/** One agency's IKM for a survey, pooling the answers of all its units. */
export async function getAgencySummary({
  surveyId,
  agencySlug,
}: {
  surveyId: number;
  agencySlug: string;
}): Promise<PooledSummary> {
  return summarisePool({ surveyId, agencySlug });
}
