import { stringify } from "csv-stringify/sync";

import type { Official } from "@/lib/auth/scope";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { type Dashboard, type DashboardTarget, loadDashboard } from "@/lib/dashboard/queries";
import { roundNrr } from "@/lib/ikm";
import { isSlug } from "@/lib/text";

// CSV for machines: a decimal point, a header row, one figure per cell, so that anyone can
// recompute every IKM from the sums and counts. A view with no figure to give (none yet, or
// held back under five answers) is the header row alone: every row of a file is a record, so
// spreadsheets and scripts read it as an empty table; the dashboard says why beside the link.

export type DashboardExport =
  { kind: "csv"; filename: string; body: string } | { kind: "not-found" };

export const exportContents = ["unsur", "unit"] as const;
export type ExportContent = (typeof exportContents)[number];

// What every row says of the view it comes from: the period, the dates chosen (empty for the
// whole period), and the days the figures cover, widened to whole blocks of days for a range.
const VIEW_COLUMNS = [
  "periode",
  "dari",
  "sampai",
  "hari_pertama",
  "hari_terakhir",
  "semua_penilaian_hari_itu",
] as const;

const ELEMENT_COLUMNS = [
  ...VIEW_COLUMNS,
  "cakupan",
  "responden",
  "kode",
  "unsur",
  "jumlah_nilai",
  "jumlah_jawaban",
  "nrr",
  "nrr_x25",
  "mutu",
  "ikm_cakupan",
  "mutu_cakupan",
] as const;

const UNIT_COLUMNS = [
  ...VIEW_COLUMNS,
  "peringkat",
  "unit",
  "nama",
  "opd",
  "ikm",
  "mutu",
  "kinerja",
  "responden",
  "responden_periode",
  "sampel_minimum",
  "representatif",
] as const;

type Row<Columns extends ReadonlyArray<string>> = Record<Columns[number], string | number>;

const LEVELS: Record<string, DashboardTarget["level"]> = {
  provinsi: "province",
  opd: "agency",
  unit: "unit",
};

/** Parses the export's address; anything it cannot read answers as if it did not exist. */
export function exportTarget(search: URLSearchParams): DashboardTarget | null {
  const level = LEVELS[search.get("tingkat") ?? ""];
  const slug = search.get("slug") ?? "";
  if (level === "province") return { level };
  if ((level === "agency" || level === "unit") && isSlug(slug)) {
    return { level, slug };
  }
  return null;
}

/** `isi=unsur` (the default when absent) or `isi=unit`; any other value names nothing. */
export function exportContent(search: URLSearchParams): ExportContent | null {
  const content = search.get("isi") ?? "unsur";
  return exportContents.find((known) => known === content) ?? null;
}

/** The figures of one dashboard as CSV, within the official's scope only. */
export async function exportDashboard({
  official,
  search,
}: {
  official: Official;
  search: URLSearchParams;
}): Promise<DashboardExport> {
  const target = exportTarget(search);
  const content = exportContent(search);
  // Every value of a repeated parameter, so that the first counts, as on the dashboard's page.
  const raw = Object.fromEntries(
    [...new Set(search.keys())].map((key) => [key, search.getAll(key)]),
  );
  const parsed = parseDashboardFilters(raw);
  if (!target || !content || parsed.unreadable.length > 0) return { kind: "not-found" };

  const dashboard = await loadDashboard({ official, target, filters: parsed.filters });
  if (!dashboard || !dashboard.period) return { kind: "not-found" };

  const body =
    content === "unit"
      ? stringify(unitRows(dashboard), { header: true, columns: [...UNIT_COLUMNS] })
      : stringify(elementRows(dashboard), { header: true, columns: [...ELEMENT_COLUMNS] });
  return {
    kind: "csv",
    filename: exportFilename(target, dashboard, content),
    body,
  };
}

/** Names the view: two files of different filters never share a name. */
function exportFilename(
  target: DashboardTarget,
  dashboard: Dashboard,
  content: ExportContent,
): string {
  const { filters, scope } = dashboard;
  const parts = ["simaskot", "slug" in target ? target.slug : "provinsi"];
  parts.push(dashboard.period!.survey.slug);
  if (scope.service) parts.push(`layanan-${scope.service.id}`);
  if (filters.dari && filters.sampai) parts.push(`${filters.dari}-sd-${filters.sampai}`);
  else if (filters.dari) parts.push(`sejak-${filters.dari}`);
  else if (filters.sampai) parts.push(`sampai-${filters.sampai}`);
  parts.push(content);
  return `${parts.join("-")}.csv`;
}

function viewColumns(dashboard: Dashboard): Row<typeof VIEW_COLUMNS> {
  const { survey, coverage } = dashboard.period!;
  const ranged = dashboard.filters.dari !== undefined || dashboard.filters.sampai !== undefined;
  const covered = ranged ? coverage : { first: survey.startDate, last: survey.endDate };
  return {
    periode: survey.slug,
    dari: dashboard.filters.dari ?? "",
    sampai: dashboard.filters.sampai ?? "",
    hari_pertama: covered?.first ?? "",
    hari_terakhir: covered?.last ?? "",
    semua_penilaian_hari_itu: !covered ? "" : !ranged || coverage?.complete ? "ya" : "tidak",
  };
}

function elementRows(dashboard: Dashboard): Array<Row<typeof ELEMENT_COLUMNS>> {
  const period = dashboard.period!;
  const result = period.result;
  if (!result) return [];
  const view = viewColumns(dashboard);
  return result.elements.map((element) => ({
    ...view,
    cakupan: dashboard.name,
    responden: period.respondents,
    kode: element.code,
    unsur: element.name,
    jumlah_nilai: element.sum,
    jumlah_jawaban: element.count,
    nrr: roundNrr(element).toFixed(4),
    nrr_x25: element.converted.toFixed(2),
    mutu: element.grade,
    ikm_cakupan: result.ikm.toFixed(2),
    mutu_cakupan: result.grade,
  }));
}

/**
 * Each unit as the dashboard's table of units shows it, in its order: its IKM over the chosen
 * service and dates (empty where the dashboard holds it back), the respondents behind it, and
 * the whole period's respondents against the minimum sample. A unit's dashboard gives one row.
 */
function unitRows(dashboard: Dashboard): Array<Row<typeof UNIT_COLUMNS>> {
  const period = dashboard.period!;
  const view = viewColumns(dashboard);
  const samples = new Map(period.samples.map((unit) => [unit.slug, unit] as const));
  const units =
    period.ranking ??
    period.samples.map((unit) => ({
      ...unit,
      rank: null,
      respondents: period.respondents,
      ikm: period.result?.ikm ?? null,
      grade: period.result?.grade ?? null,
      performance: period.result?.performance ?? null,
    }));
  return units.map((unit) => ({
    ...view,
    peringkat: unit.rank ?? "",
    unit: unit.slug,
    nama: unit.name,
    opd: unit.agencyShortName,
    ikm: unit.ikm?.toFixed(2) ?? "",
    mutu: unit.grade ?? "",
    kinerja: unit.performance ?? "",
    responden: unit.respondents,
    responden_periode: samples.get(unit.slug)?.respondents ?? 0,
    sampel_minimum: unit.minimumSample ?? "",
    representatif: unit.representative === null ? "" : unit.representative ? "ya" : "tidak",
  }));
}
