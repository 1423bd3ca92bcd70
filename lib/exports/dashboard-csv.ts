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

const ELEMENT_COLUMNS = [
  "periode",
  "cakupan",
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
  "periode",
  "unit",
  "nama",
  "opd",
  "responden",
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
  const slug = "slug" in target ? target.slug : "provinsi";
  return {
    kind: "csv",
    filename: `simaskot-${slug}-${dashboard.period.survey.slug}-${content}.csv`,
    body,
  };
}

function elementRows(dashboard: Dashboard): Array<Row<typeof ELEMENT_COLUMNS>> {
  const period = dashboard.period!;
  const result = period.result;
  if (!result) return [];
  return result.elements.map((element) => ({
    periode: period.survey.slug,
    cakupan: dashboard.name,
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

function unitRows(dashboard: Dashboard): Array<Row<typeof UNIT_COLUMNS>> {
  const period = dashboard.period!;
  return period.samples.map((unit) => ({
    periode: period.survey.slug,
    unit: unit.slug,
    nama: unit.name,
    opd: unit.agencyShortName,
    responden: unit.respondents,
    sampel_minimum: unit.minimumSample ?? "",
    representatif: unit.representative === null ? "" : unit.representative ? "ya" : "tidak",
  }));
}
