import { z } from "zod";

import { formatDay } from "@/lib/format/date";
import { rankingSorts, type RankingSort, type SortDirection } from "@/lib/results/ranking";
import { firstValue, isSlug } from "@/lib/text";

type RawParams = Record<string, string | string[] | undefined>;

/** The dashboard's filters as the address carries them, once read and checked. */
export type DashboardFilters = {
  /** Survey slug; the current survey when absent. */
  periode?: string;
  /** Agency slug. */
  opd?: string;
  /** Unit slug. */
  unit?: string;
  /** Service id. */
  layanan?: number;
  /** First and last day of a date range, YYYY-MM-DD in WITA, both included. */
  dari?: string;
  sampai?: string;
  /** Order of the units table. */
  sort: RankingSort;
  direction: SortDirection;
};

export type ParsedFilters = {
  filters: DashboardFilters;
  /** Plain sentences about values that were ignored, shown above the dashboard. */
  notes: string[];
  /** Names of parameters that cannot name anything (a slug or id in a wrong form). */
  unreadable: string[];
};

export const DEFAULT_SORT: RankingSort = "ikm";
const DEFAULT_DIRECTION: Record<RankingSort, SortDirection> = {
  ikm: "desc",
  responden: "desc",
  nama: "asc",
};
const URL_DIRECTIONS = { naik: "asc", turun: "desc" } as const;
const DIRECTION_WORDS = { asc: "naik", desc: "turun" } as const;

const slug = z.string().refine(isSlug);
const serviceId = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/)
  .transform(Number);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  });

function readDay(raw: string | undefined, label: string, notes: string[]): string | undefined {
  if (raw === undefined) return undefined;
  const parsed = day.safeParse(raw);
  if (parsed.success) return parsed.data;
  notes.push(
    `Tanggal ${label} “${raw.slice(0, 40)}” tidak terbaca, jadi diabaikan. ` +
      "Tulis tanggal dalam bentuk tahun-bulan-tanggal, misalnya 2026-04-01.",
  );
  return undefined;
}

function readRange(raw: RawParams, notes: string[]): Pick<DashboardFilters, "dari" | "sampai"> {
  const dari = readDay(firstValue(raw.dari), "mulai", notes);
  const sampai = readDay(firstValue(raw.sampai), "akhir", notes);
  if (dari && sampai && dari > sampai) {
    notes.push(
      `Tanggal mulai (${formatDay(dari)}) jatuh sesudah tanggal akhir (${formatDay(sampai)}), ` +
        "jadi rentang tanggal diabaikan.",
    );
    return {};
  }
  return { dari, sampai };
}

function readSort(raw: RawParams): Pick<DashboardFilters, "sort" | "direction"> {
  const sort = z.enum(rankingSorts).catch(DEFAULT_SORT).parse(firstValue(raw.urut));
  const arah = z.enum(["naik", "turun"]).optional().catch(undefined).parse(firstValue(raw.arah));
  return { sort, direction: arah ? URL_DIRECTIONS[arah] : DEFAULT_DIRECTION[sort] };
}

/**
 * Reads `?periode=&opd=&unit=&layanan=&dari=&sampai=&urut=&arah=`. A date that cannot be read
 * is ignored with a note; a slug or id in a wrong form names nothing, so the caller answers 404.
 */
export function parseDashboardFilters(raw: RawParams): ParsedFilters {
  const notes: string[] = [];
  const unreadable: string[] = [];
  const filters: DashboardFilters = { ...readRange(raw, notes), ...readSort(raw) };

  for (const name of ["periode", "opd", "unit"] as const) {
    const value = firstValue(raw[name]);
    if (value === undefined) continue;
    const parsed = slug.safeParse(value);
    if (parsed.success) filters[name] = parsed.data;
    else unreadable.push(name);
  }
  const layanan = firstValue(raw.layanan);
  if (layanan !== undefined) {
    const parsed = serviceId.safeParse(layanan);
    if (parsed.success) filters.layanan = parsed.data;
    else unreadable.push("layanan");
  }
  return { filters, notes, unreadable };
}

/** The day after a YYYY-MM-DD day. */
export function nextDay(value: string): string {
  return shiftDay(value, 1);
}

/** The day before a YYYY-MM-DD day. */
export function previousDay(value: string): string {
  return shiftDay(value, -1);
}

function shiftDay(value: string, days: number): string {
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Instants bounding a range of WITA days: from its first midnight up to (not including) the next. */
export type InstantRange = { from?: string; before?: string };

export function witaRange({
  dari,
  sampai,
}: Pick<DashboardFilters, "dari" | "sampai">): InstantRange | null {
  if (!dari && !sampai) return null;
  const range: InstantRange = {};
  if (dari) range.from = `${dari}T00:00:00+08:00`;
  if (sampai) range.before = `${nextDay(sampai)}T00:00:00+08:00`;
  return range;
}

/** The query string of a dashboard address; filters left out keep their defaults. */
export function dashboardQuery(filters: Partial<DashboardFilters>): string {
  const query = new URLSearchParams();
  if (filters.periode) query.set("periode", filters.periode);
  if (filters.opd) query.set("opd", filters.opd);
  if (filters.unit) query.set("unit", filters.unit);
  if (filters.layanan !== undefined) query.set("layanan", String(filters.layanan));
  if (filters.dari) query.set("dari", filters.dari);
  if (filters.sampai) query.set("sampai", filters.sampai);
  if (filters.sort && filters.direction) {
    const isDefault =
      filters.sort === DEFAULT_SORT && filters.direction === DEFAULT_DIRECTION[DEFAULT_SORT];
    if (!isDefault) {
      query.set("urut", filters.sort);
      query.set("arah", DIRECTION_WORDS[filters.direction]);
    }
  }
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}

/** The same table ordered by `sort`: a second click on the current key reverses it. */
export function sortedBy(filters: DashboardFilters, sort: RankingSort): DashboardFilters {
  const reversed = filters.direction === "asc" ? "desc" : "asc";
  const direction = filters.sort === sort ? reversed : DEFAULT_DIRECTION[sort];
  return { ...filters, sort, direction };
}
