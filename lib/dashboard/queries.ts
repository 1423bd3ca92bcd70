import type { Official } from "@/lib/auth/scope";
import { listAgencies } from "@/lib/directory/queries";
import { findCurrentSurvey, findSurveyBySlug } from "@/lib/periods/queries";
import { listQuestionnaireElements } from "@/lib/results/elements";
import { buildIkmResult, type IkmResult } from "@/lib/results/ikm-result";
import type { RankedUnit } from "@/lib/results/queries";
import { listScopedUnits, type ScopedUnit } from "@/lib/results/units";

import {
  type Bounds,
  countServiceRespondents,
  listScopeServices,
  listSurveyPeriods,
  type ScopeServiceRow,
  sumElementsBySurvey,
  type SurveyListing,
} from "./aggregates";
import { type Coverage, standsAlone } from "./date-blocks";
import { type DashboardFilters, type InstantRange, witaRange } from "./filters";
import { buildRespondentProfile, type RespondentProfile, SMALLEST_GROUP } from "./profile";
import { coverageNote, rangeNote } from "./range-notes";
import {
  boundsOf,
  type DashboardTarget,
  resolveDashboardScope,
  type ScopeAgency,
  scopeName,
  type ViewScope,
} from "./scope";
import {
  buildTrend,
  changeFromPrevious,
  type PeriodChange,
  type TrendPoint,
  trendSurveys,
} from "./trend";
import { countPeriod, dayRange } from "./period-counts";
import { buildUnitSamples, rankScopeUnits, type UnitSample } from "./units";

export type { DashboardTarget, ViewScope } from "./scope";

/** The choices the filter form offers, all inside the official's scope. */
export type FilterOptions = {
  surveys: SurveyListing[];
  /** Every agency, for the province's officials only. */
  agencies: ScopeAgency[];
  /** Units the official may pick (none for a unit operator). */
  units: Array<Pick<ScopedUnit, "slug" | "name" | "agencySlug" | "agencyShortName">>;
  /** The services of the unit shown, when the dashboard shows one unit. */
  services: Array<{ id: number; name: string }>;
};

export type PeriodFigures = {
  survey: SurveyListing;
  range: InstantRange | null;
  /** The days that figures narrowed by dates cover, widened to whole blocks of days. */
  coverage: Coverage | null;
  /** Respondents behind the figures (the chosen service and dates). */
  respondents: number;
  result: IkmResult | null;
  /** Against the period before, over whole periods; null while a date range is chosen. */
  change: PeriodChange | null;
  trend: TrendPoint[];
  samples: UnitSample[];
  /** The units of an agency or of the province; null on a unit's dashboard. */
  ranking: RankedUnit[] | null;
  profile: RespondentProfile;
  /** Why figures narrowed by dates or a service are held back, or null when they are shown. */
  withheld: string | null;
  /** Why the respondent profile is not shown, or null when it is. */
  profileWithheld: string | null;
};

export type Dashboard = {
  scope: ViewScope;
  name: string;
  filters: DashboardFilters;
  notes: string[];
  /** Filters the official may see but that do not fit the target, ignored (a note each). */
  ignoredFilters: string[];
  options: FilterOptions;
  /** Null when no survey period exists yet. */
  period: PeriodFigures | null;
};

async function chooseSurvey(slug: string | undefined): Promise<SurveyListing | null> {
  const survey = slug ? await findSurveyBySlug({ slug }) : await findCurrentSurvey();
  // A draft has no answers and is not offered in the filters: it names nothing yet.
  if (!survey || survey.status === "draft") return null;
  const { id, name, kind, startDate, endDate, status, publishedAt, questionnaireId } = survey;
  return {
    id,
    slug: survey.slug,
    name,
    kind,
    startDate,
    endDate,
    status,
    publishedAt,
    questionnaireId,
  };
}

function serviceLabeller(scope: ViewScope, services: ReadonlyArray<ScopeServiceRow>) {
  const byId = new Map(services.map((service) => [String(service.id), service]));
  return (id: string) => {
    const service = byId.get(id);
    if (!service) return `Layanan ${id}`;
    return scope.level === "unit" ? service.name : `${service.name} di ${service.unitName}`;
  };
}

/**
 * The periods whose figure a chosen service cannot show: those in which it did not stand alone,
 * since its own IKM there would reveal the small services it is pooled with (date-blocks.ts).
 */
async function withheldTrendPeriods(
  place: ReturnType<typeof boundsOf>,
  periods: ReadonlyArray<{ id: number }>,
): Promise<Set<number>> {
  const { unitId, serviceId } = place;
  if (unitId === undefined || serviceId === undefined) return new Set();
  const rows = await countServiceRespondents({
    unitId,
    surveyIds: periods.map((period) => period.id),
  });
  const held = periods.filter((period) => {
    const totals = new Map(
      rows
        .filter((row) => row.surveyId === period.id)
        .map((row) => [row.serviceId, row.respondents]),
    );
    return (totals.get(serviceId) ?? 0) > 0 && !standsAlone(totals, serviceId);
  });
  return new Set(held.map((period) => period.id));
}

async function loadPeriodFigures({
  scope,
  survey,
  surveys,
  filters,
  units,
  services,
}: {
  scope: ViewScope;
  survey: SurveyListing;
  surveys: SurveyListing[];
  filters: DashboardFilters;
  units: ScopedUnit[];
  services: ScopeServiceRow[];
}): Promise<PeriodFigures> {
  const range = dayRange(filters);
  const place = boundsOf(scope);
  const bounds: Bounds = { surveyId: survey.id, ...place };
  const periods = trendSurveys(surveys, survey);
  const narrowed = range !== null || place.serviceId !== undefined;

  const [counts, names, trendTallies] = await Promise.all([
    countPeriod(bounds, range),
    listQuestionnaireElements({ questionnaireId: survey.questionnaireId }),
    sumElementsBySurvey({ ...place, surveyIds: periods.map((period) => period.id) }),
  ]);

  const { respondents } = counts;
  // Dates and services can narrow a view down to one person; fewer than five are never shown,
  // and the profile is shown for whole periods only, so that two ranges cannot be compared to
  // single someone out.
  const tooFew = narrowed && respondents > 0 && respondents < SMALLEST_GROUP;
  const shownTallies = narrowed
    ? counts.elements.byUnit.filter(
        (tally) => (counts.byUnit.get(tally.unitId) ?? 0) >= SMALLEST_GROUP,
      )
    : counts.elements.byUnit;
  const result =
    tooFew || counts.withheld ? null : buildIkmResult({ tallies: counts.elements.pooled, names });
  const trend = buildTrend(periods, trendTallies, await withheldTrendPeriods(place, periods));
  const shownUnits =
    scope.level === "unit" ? units.filter((unit) => unit.id === scope.unit.id) : units;
  const samples = buildUnitSamples({
    units: shownUnits,
    respondents: counts.periodByUnit,
    period: survey,
  });

  return {
    survey,
    range: witaRange(filters),
    coverage: counts.coverage,
    respondents,
    result,
    change: range ? null : changeFromPrevious(trend, result?.ikm ?? null),
    trend,
    samples,
    ranking:
      scope.level === "unit"
        ? null
        : rankScopeUnits({
            samples,
            tallies: shownTallies,
            respondents: counts.byUnit,
            sort: filters.sort,
            direction: filters.direction,
          }),
    profile: buildRespondentProfile({
      counts: counts.profile,
      serviceLabel: serviceLabeller(scope, services),
    }),
    withheld:
      counts.withheld ??
      (tooFew
        ? `Hanya ${respondents} penilaian cocok dengan pilihan ini. Angka dari kurang dari ` +
          `${SMALLEST_GROUP} penilaian tidak ditampilkan agar penilai tidak bisa dikenali.`
        : null),
    profileWithheld: range
      ? "Profil responden hanya ditampilkan untuk satu periode penuh, tanpa rentang tanggal, " +
        "agar penilai tidak bisa dikenali dengan membandingkan dua rentang."
      : place.serviceId !== undefined
        ? "Profil responden ditampilkan untuk unit secara keseluruhan, tidak per layanan, " +
          "agar penilai tidak bisa dikenali dengan membandingkan angka layanan dan unit."
        : null,
  };
}

function filterOptions({
  official,
  scope,
  surveys,
  agencies,
  units,
  services,
}: {
  official: Official;
  scope: ViewScope;
  surveys: SurveyListing[];
  agencies: ScopeAgency[];
  units: ScopedUnit[];
  services: ScopeServiceRow[];
}): FilterOptions {
  const unitServices =
    scope.level === "unit" ? services.filter((service) => service.unitId === scope.unit.id) : [];
  return {
    surveys,
    agencies: official.scope.level === "province" ? agencies : [],
    units:
      official.scope.level === "unit"
        ? []
        : units.map(({ slug, name, agencySlug, agencyShortName }) => ({
            slug,
            name,
            agencySlug,
            agencyShortName,
          })),
    services: unitServices.map(({ id, name }) => ({ id, name })),
  };
}

/**
 * Whether loadDashboard would answer this address, without loading its figures: the same
 * checks of scope, filters and period, for the proxy to answer 404 before the page renders.
 */
export async function dashboardExists({
  official,
  target,
  filters,
}: {
  official: Official;
  target: DashboardTarget;
  filters: DashboardFilters;
}): Promise<boolean> {
  const resolved = await resolveDashboardScope({ official, target, filters });
  if (!resolved) return false;
  return filters.periode === undefined || (await chooseSurvey(filters.periode)) !== null;
}

/**
 * Everything a dashboard shows for a target (the official's own scope, the province, an agency
 * or a unit) narrowed by the filters. Null when the target or a filter lies outside the
 * official's scope or names nothing: the scope is checked before any answer is read.
 */
export async function loadDashboard({
  official,
  target,
  filters,
}: {
  official: Official;
  target: DashboardTarget;
  filters: DashboardFilters;
}): Promise<Dashboard | null> {
  const resolved = await resolveDashboardScope({ official, target, filters });
  if (!resolved) return null;
  const { scope, notes } = resolved;

  const agencySlug = scope.level === "province" ? undefined : scope.agency.slug;
  const place = boundsOf(scope);
  // The province's officials may pick any unit in the filters, whatever the view shows now.
  const pickAnyUnit = official.scope.level === "province" && agencySlug !== undefined;
  const [survey, surveys, agencies, units, services, unitChoices] = await Promise.all([
    chooseSurvey(filters.periode),
    listSurveyPeriods(),
    official.scope.level === "province" ? listAgencies() : [],
    // A unit's operator never gets the names of the other units of its agency.
    official.scope.level === "unit"
      ? listScopedUnits({ unitId: official.scope.unitId })
      : listScopedUnits({ agencySlug }),
    listScopeServices({ agencyId: place.agencyId, unitId: place.unitId }),
    pickAnyUnit ? listScopedUnits({}) : null,
  ]);
  if (filters.periode !== undefined && !survey) return null;

  const period = survey
    ? await loadPeriodFigures({ scope, survey, surveys, filters, units, services })
    : null;
  const extra = [
    survey && rangeNote(filters, survey),
    period?.coverage && coverageNote(filters, period.survey, period.coverage),
  ].filter((note): note is string => Boolean(note));
  return {
    scope,
    name: scopeName(scope),
    filters,
    notes: [...notes, ...extra],
    ignoredFilters: notes,
    options: filterOptions({
      official,
      scope,
      surveys,
      agencies,
      units: unitChoices ?? units,
      services,
    }),
    period,
  };
}
