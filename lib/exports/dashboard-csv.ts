import { stringify } from "csv-stringify/sync";

import type { Official } from "@/lib/auth/scope";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { type Dashboard, type DashboardTarget, loadDashboard } from "@/lib/dashboard/queries";

// CSV for machines: a decimal point, a header row, one figure per cell, so that anyone can
// recompute every IKM from the sums and counts.

export type DashboardExport =
  { kind: "csv"; filename: string; body: string } | { kind: "not-found" };

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
  if ((level === "agency" || level === "unit") && /^[a-z0-9-]{1,80}$/.test(slug)) {
    return { level, slug };
  }
  return null;
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
  const parsed = parseDashboardFilters(Object.fromEntries(search));
  if (!target || parsed.unreadable.length > 0) return { kind: "not-found" };

  const dashboard = await loadDashboard({ official, target, filters: parsed.filters });
  if (!dashboard || !dashboard.period) return { kind: "not-found" };

  const content = search.get("isi") === "unit" ? "unit" : "unsur";
  const rows = content === "unit" ? unitRows(dashboard) : elementRows(dashboard);
  const slug = "slug" in target ? target.slug : "provinsi";
  return {
    kind: "csv",
    filename: `simaskot-${slug}-${dashboard.period.survey.slug}-${content}.csv`,
    body: stringify(rows, { header: true }),
  };
}

function elementRows(dashboard: Dashboard) {
  const period = dashboard.period!;
  return (period.result?.elements ?? []).map((element) => ({
    periode: period.survey.slug,
    cakupan: dashboard.name,
    kode: element.code,
    unsur: element.name,
    jumlah_nilai: element.sum,
    jumlah_jawaban: element.count,
    nrr: element.nrr.toFixed(4),
    nrr_x25: element.converted.toFixed(2),
    mutu: element.grade,
    ikm_cakupan: period.result!.ikm.toFixed(2),
    mutu_cakupan: period.result!.grade,
  }));
}

function unitRows(dashboard: Dashboard) {
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
