import type { Official } from "@/lib/auth/scope";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { type Dashboard, type DashboardTarget, loadDashboard } from "@/lib/dashboard/queries";
import { roundNrr } from "@/lib/ikm";
import { isSlug } from "@/lib/text";

import { type Cell, type Table, type TableColumn, tableToCsv, tableToXlsx } from "./table";

// A dashboard's figures as a file: the elements or the units, as CSV (for machines) or XLSX
// (for spreadsheets). A view with no figure to give (none yet, or held back under five
// answers) is the header row alone: every row of a file is a record, so spreadsheets and
// scripts read it as an empty table; the dashboard says why beside the link.

export type DashboardExport =
  | { kind: "file"; filename: string; contentType: string; body: string | Buffer }
  | { kind: "not-found" };

export const exportContents = ["unsur", "unit"] as const;
export type ExportContent = (typeof exportContents)[number];

export const exportFormats = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof exportFormats)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

// What every row says of the view it comes from: the period, the dates chosen (empty for the
// whole period), and the days the figures cover, widened to whole blocks of days for a range.
const VIEW_COLUMNS: TableColumn[] = [
  { name: "periode", width: 18 },
  { name: "dari", width: 12 },
  { name: "sampai", width: 12 },
  { name: "hari_pertama", width: 13 },
  { name: "hari_terakhir", width: 13 },
  { name: "semua_penilaian_hari_itu", width: 10 },
];

const ELEMENT_COLUMNS: TableColumn[] = [
  ...VIEW_COLUMNS,
  { name: "cakupan", width: 40 },
  { name: "responden" },
  { name: "kode", width: 6 },
  { name: "unsur", width: 36 },
  { name: "jumlah_nilai" },
  { name: "jumlah_jawaban" },
  { name: "nrr", decimals: 4 },
  { name: "nrr_x25", decimals: 2 },
  { name: "mutu", width: 6 },
  { name: "ikm_cakupan", decimals: 2 },
  { name: "mutu_cakupan", width: 6 },
];

const UNIT_COLUMNS: TableColumn[] = [
  ...VIEW_COLUMNS,
  { name: "peringkat", width: 10 },
  { name: "unit", width: 30 },
  { name: "nama", width: 40 },
  { name: "opd", width: 14 },
  { name: "ikm", decimals: 2, width: 8 },
  { name: "mutu", width: 6 },
  { name: "kinerja", width: 12 },
  { name: "responden" },
  { name: "responden_periode" },
  { name: "sampel_minimum" },
  { name: "representatif", width: 8 },
];

type Row = Record<string, Cell>;

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

/** `berkas=csv` (the default when absent) or `berkas=xlsx`; any other value names nothing. */
export function exportFormat(search: URLSearchParams): ExportFormat | null {
  const format = search.get("berkas") ?? "csv";
  return exportFormats.find((known) => known === format) ?? null;
}

/** The figures of one dashboard as a file, within the official's scope only. */
export async function exportDashboard({
  official,
  search,
}: {
  official: Official;
  search: URLSearchParams;
}): Promise<DashboardExport> {
  const target = exportTarget(search);
  const content = exportContent(search);
  const format = exportFormat(search);
  // Every value of a repeated parameter, so that the first counts, as on the dashboard's page.
  const raw = Object.fromEntries(
    [...new Set(search.keys())].map((key) => [key, search.getAll(key)]),
  );
  const parsed = parseDashboardFilters(raw);
  if (!target || !content || !format || parsed.unreadable.length > 0) return { kind: "not-found" };

  // A file must hold what its address asks for: a filter the dashboard would ignore with a
  // note (a date it cannot read, another unit's service) names no file, so the file is never
  // silently wider than asked.
  if (parsed.notes.length > 0) return { kind: "not-found" };
  const dashboard = await loadDashboard({ official, target, filters: parsed.filters });
  if (!dashboard || !dashboard.period || dashboard.ignoredFilters.length > 0) {
    return { kind: "not-found" };
  }

  const table: Table =
    content === "unit"
      ? { sheet: "Unit", columns: UNIT_COLUMNS, rows: unitRows(dashboard) }
      : { sheet: "Unsur", columns: ELEMENT_COLUMNS, rows: elementRows(dashboard) };
  return {
    kind: "file",
    filename: exportFilename(target, dashboard, content, format),
    contentType: CONTENT_TYPES[format],
    body: format === "xlsx" ? await tableToXlsx(table) : tableToCsv(table),
  };
}

/** Names the view: two files of different filters never share a name. */
function exportFilename(
  target: DashboardTarget,
  dashboard: Dashboard,
  content: ExportContent,
  format: ExportFormat,
): string {
  const { filters, scope } = dashboard;
  const parts = ["simaskot", "slug" in target ? target.slug : "provinsi"];
  parts.push(dashboard.period!.survey.slug);
  if (scope.service) parts.push(`layanan-${scope.service.id}`);
  if (filters.dari && filters.sampai) parts.push(`${filters.dari}-sd-${filters.sampai}`);
  else if (filters.dari) parts.push(`sejak-${filters.dari}`);
  else if (filters.sampai) parts.push(`sampai-${filters.sampai}`);
  parts.push(content);
  return `${parts.join("-")}.${format}`;
}

function viewColumns(dashboard: Dashboard): Row {
  const { survey, coverage } = dashboard.period!;
  const ranged = dashboard.filters.dari !== undefined || dashboard.filters.sampai !== undefined;
  const covered = ranged ? coverage : { first: survey.startDate, last: survey.endDate };
  return {
    periode: survey.slug,
    dari: dashboard.filters.dari ?? null,
    sampai: dashboard.filters.sampai ?? null,
    hari_pertama: covered?.first ?? null,
    hari_terakhir: covered?.last ?? null,
    semua_penilaian_hari_itu: !covered ? null : !ranged || coverage?.complete ? "ya" : "tidak",
  };
}

function elementRows(dashboard: Dashboard): Row[] {
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
    nrr: roundNrr(element),
    nrr_x25: element.converted,
    mutu: element.grade,
    ikm_cakupan: result.ikm,
    mutu_cakupan: result.grade,
  }));
}

/**
 * Each unit as the dashboard's table of units shows it, in its order: its IKM over the chosen
 * service and dates (empty where the dashboard holds it back), the respondents behind it, and
 * the whole period's respondents against the minimum sample. A unit's dashboard gives one row.
 */
function unitRows(dashboard: Dashboard): Row[] {
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
    peringkat: unit.rank,
    unit: unit.slug,
    nama: unit.name,
    opd: unit.agencyShortName,
    ikm: unit.ikm,
    mutu: unit.grade,
    kinerja: unit.performance,
    responden: unit.respondents,
    responden_periode: samples.get(unit.slug)?.respondents ?? 0,
    sampel_minimum: unit.minimumSample,
    representatif: unit.representative === null ? null : unit.representative ? "ya" : "tidak",
  }));
}
