import { formatDay, formatDaySpan } from "@/lib/format/date";

import type { SurveyListing } from "./aggregates";
import type { Coverage, DaySpan } from "./date-blocks";
import { type DashboardFilters, nextDay, previousDay } from "./filters";
import { SMALLEST_GROUP } from "./profile";

// What a dashboard says about the dates chosen: outside the period, or counted by whole blocks.

export function rangeNote(filters: DashboardFilters, survey: SurveyListing): string | null {
  const outside =
    (filters.dari !== undefined && filters.dari > survey.endDate) ||
    (filters.sampai !== undefined && filters.sampai < survey.startDate);
  if (!outside) return null;
  return (
    `Rentang tanggal yang dipilih ada di luar periode ${survey.name} ` +
    `(${formatDay(survey.startDate)} – ${formatDay(survey.endDate)}), jadi tidak ada penilaian di dalamnya.`
  );
}

/**
 * Says so when whole blocks of days carried the figures beyond the chosen dates or short of
 * them, or left some answers of the days they cover out (each group of services has blocks of
 * its own).
 */
export function coverageNote(
  filters: DashboardFilters,
  survey: SurveyListing,
  coverage: Coverage,
): string | null {
  const first = filters.dari && filters.dari > survey.startDate ? filters.dari : survey.startDate;
  const last = filters.sampai && filters.sampai < survey.endDate ? filters.sampai : survey.endDate;
  const widened = coverage.first < first || coverage.last > last;
  const leftOut = leftOutNote({ first, last }, coverage);
  if (!widened && !leftOut && coverage.complete) return null;
  const why =
    `Agar penilai tidak bisa dikenali, angka untuk rentang tanggal dihitung dari kelompok hari ` +
    `yang masing-masing berisi sedikitnya ${SMALLEST_GROUP} penilaian.`;
  if (coverage.complete) {
    return `${why} Karena itu angka di bawah mencakup penilaian ${formatDaySpan(coverage)}.${leftOut}`;
  }
  return (
    `${why} Setiap layanan, atau gabungan layanan yang kecil, punya kelompok harinya sendiri, ` +
    `sehingga angka di bawah memuat sebagian penilaian ${formatDaySpan(coverage)}, tidak ` +
    `semuanya.${leftOut}`
  );
}

/** Names the chosen days that no counted block reaches, so that none is thought counted. */
function leftOutNote(chosen: DaySpan, covered: DaySpan): string {
  const spans: DaySpan[] = [];
  if (covered.first > chosen.first) {
    spans.push({ first: chosen.first, last: previousDay(covered.first) });
  }
  if (covered.last < chosen.last) spans.push({ first: nextDay(covered.last), last: chosen.last });
  if (spans.length === 0) return "";
  return ` Penilaian pada ${spans.map(formatDaySpan).join(" dan ")} tidak ikut dihitung.`;
}
