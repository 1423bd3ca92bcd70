import { formatScore } from "@/lib/format/number";
import type { TrendPoint } from "@/lib/dashboard/trend";

type Scored = TrendPoint & { ikm: number };

/** What the trend section says: nothing but one sentence while no period has an IKM. */
export type TrendWords =
  | { kind: "empty"; sentence: string }
  | { kind: "figure"; finding: string; summary: string; scored: number };

function isScored(point: TrendPoint): point is Scored {
  return point.ikm !== null;
}

function findingOf(name: string, current: TrendPoint, previous: TrendPoint | undefined): string {
  if (current.ikm === null) return `Belum ada penilaian untuk ${name} pada ${current.name}`;
  const value = formatScore(current.ikm);
  if (!previous || previous.ikm === null) return `IKM ${name} pada ${current.name}: ${value}`;
  if (current.ikm > previous.ikm) return `IKM ${name} naik ke ${value} pada ${current.name}`;
  if (current.ikm < previous.ikm) return `IKM ${name} turun ke ${value} pada ${current.name}`;
  return `IKM ${name} tetap ${value} pada ${current.name}`;
}

function summaryOf(scored: Scored[], current: TrendPoint): string {
  if (scored.length === 1) {
    const only = scored[0]!;
    return only.slug === current.slug
      ? "Baru periode ini yang sudah dinilai; periode sebelumnya belum punya penilaian."
      : `Baru satu periode yang sudah dinilai: ${only.name} (${formatScore(only.ikm)}).`;
  }
  const lowest = scored.reduce((low, point) => (point.ikm < low.ikm ? point : low));
  const highest = scored.reduce((high, point) => (point.ikm > high.ikm ? point : high));
  return (
    `Dari ${scored.length} periode yang sudah dinilai, terendah ${formatScore(lowest.ikm)} ` +
    `(${lowest.name}) dan tertinggi ${formatScore(highest.ikm)} (${highest.name}).`
  );
}

/** The trend's finding and key numbers, oldest period first and the chosen one last. */
export function describeTrend(name: string, trend: ReadonlyArray<TrendPoint>): TrendWords {
  const scored = trend.filter(isScored);
  const current = trend[trend.length - 1];
  if (!current || scored.length === 0) {
    return {
      kind: "empty",
      sentence: `Belum ada penilaian untuk ${name} pada periode mana pun, jadi perkembangannya belum bisa ditampilkan.`,
    };
  }
  return {
    kind: "figure",
    finding: findingOf(name, current, trend[trend.length - 2]),
    summary: summaryOf(scored, current),
    scored: scored.length,
  };
}
