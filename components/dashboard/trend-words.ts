import { SMALLEST_GROUP } from "@/lib/dashboard/profile";
import type { TrendPoint } from "@/lib/dashboard/trend";
import { formatScore } from "@/lib/format/number";

type Scored = TrendPoint & { ikm: number };

/** What the trend section says: nothing but one sentence while no period has an IKM. */
export type TrendWords =
  | { kind: "empty"; sentence: string }
  | { kind: "figure"; finding: string; summary: string; scored: number };

function isScored(point: TrendPoint): point is Scored {
  return point.ikm !== null;
}

/**
 * One service's trend leaves out the periods in which it could not be shown on its own (it, or
 * another service of its unit, had fewer than five answers), as well as those without answers:
 * a period without an IKM there may have answers, so the words claim neither.
 */
export const SERVICE_GAPS =
  `Periode ketika layanan ini atau layanan lain di unitnya punya kurang dari ${SMALLEST_GROUP} ` +
  "penilaian tidak punya angka di sini, agar penilai tidak bisa dikenali.";

function findingOf(
  name: string,
  current: TrendPoint,
  previous: TrendPoint | undefined,
  perService: boolean,
): string {
  if (current.ikm === null && perService) {
    return `Belum ada IKM ${name} yang bisa ditampilkan untuk ${current.name}`;
  }
  if (current.ikm === null) return `Belum ada penilaian untuk ${name} pada ${current.name}`;
  const value = formatScore(current.ikm);
  if (!previous || previous.ikm === null) return `IKM ${name} pada ${current.name}: ${value}`;
  if (current.ikm > previous.ikm) return `IKM ${name} naik ke ${value} pada ${current.name}`;
  if (current.ikm < previous.ikm) return `IKM ${name} turun ke ${value} pada ${current.name}`;
  return `IKM ${name} tetap ${value} pada ${current.name}`;
}

// The trend runs up to the chosen period, which need not be the latest: the words count the
// periods up to it ("hingga"), never claim that later ones have no answers.
function summaryOf(scored: Scored[], current: TrendPoint, perService: boolean): string {
  const rated = perService ? "yang punya angka" : "yang sudah dinilai";
  if (scored.length === 1) {
    const only = scored[0]!;
    if (perService && only.slug === current.slug) {
      return "Periode ini yang pertama punya angka; periode sebelumnya tidak punya.";
    }
    if (only.slug === current.slug) {
      return "Periode ini yang pertama dinilai; periode sebelumnya belum punya penilaian.";
    }
    return (
      `Hingga ${current.name}, baru satu periode ${rated}: ${only.name} ` +
      `(${formatScore(only.ikm)}).`
    );
  }
  const lowest = scored.reduce((low, point) => (point.ikm < low.ikm ? point : low));
  const highest = scored.reduce((high, point) => (point.ikm > high.ikm ? point : high));
  return (
    `Dari ${scored.length} periode ${rated} hingga ${current.name}, terendah ` +
    `${formatScore(lowest.ikm)} (${lowest.name}) dan tertinggi ${formatScore(highest.ikm)} ` +
    `(${highest.name}).`
  );
}

/**
 * The trend's finding and key numbers, oldest period first and the chosen one last.
 * `perService`: the trend of one service, whose gaps may hide answers (SERVICE_GAPS).
 */
export function describeTrend(
  name: string,
  trend: ReadonlyArray<TrendPoint>,
  { perService = false }: { perService?: boolean } = {},
): TrendWords {
  const scored = trend.filter(isScored);
  const current = trend[trend.length - 1];
  if (!current || scored.length === 0) {
    return {
      kind: "empty",
      sentence: perService
        ? `Belum ada periode dengan IKM ${name} yang bisa ditampilkan. ${SERVICE_GAPS}`
        : `Belum ada penilaian untuk ${name} pada periode mana pun, jadi perkembangannya belum bisa ditampilkan.`,
    };
  }
  const gaps = perService && scored.length < trend.length ? ` ${SERVICE_GAPS}` : "";
  return {
    kind: "figure",
    finding: findingOf(name, current, trend[trend.length - 2], perService),
    summary: `${summaryOf(scored, current, perService)}${gaps}`,
    scored: scored.length,
  };
}
