import { compareNames } from "@/lib/directory/collation";

import type { ElementTally } from "./aggregates";

export const rankingSorts = ["ikm", "responden", "nama"] as const;
export const sortDirections = ["asc", "desc"] as const;

export type RankingSort = (typeof rankingSorts)[number];
export type SortDirection = (typeof sortDirections)[number];

type Rankable = { name: string; ikm: number | null; respondents: number };

function compareIkm(a: Rankable, b: Rankable): number {
  return (a.ikm ?? 0) - (b.ikm ?? 0);
}

const PRIMARY: Record<RankingSort, (a: Rankable, b: Rankable) => number> = {
  ikm: compareIkm,
  responden: (a, b) => a.respondents - b.respondents,
  nama: (a, b) => compareNames(a.name, b.name),
};

// Ties on the chosen key fall back to the best IKM, then the most respondents, then the name.
function tieBreak(a: Rankable, b: Rankable): number {
  return compareIkm(b, a) || b.respondents - a.respondents || compareNames(a.name, b.name);
}

/** Units with answers in the chosen order; units without answers after them, by name. */
export function orderRanking<T extends Rankable>(
  rows: ReadonlyArray<T>,
  { sort, direction }: { sort: RankingSort; direction: SortDirection },
): T[] {
  const sign = direction === "asc" ? 1 : -1;
  const answered = rows
    .filter((row) => row.ikm !== null)
    .sort((a, b) => sign * PRIMARY[sort](a, b) || tieBreak(a, b));
  const unanswered = rows
    .filter((row) => row.ikm === null)
    .sort((a, b) => compareNames(a.name, b.name));
  return [...answered, ...unanswered];
}

/**
 * Standard competition ranks by IKM as published (two decimals): equal figures share a rank and
 * the next rank skips (1, 2, 2, 4). Units without answers get no rank.
 */
export function rankByIkm<T extends { ikm: number | null }>(
  rows: ReadonlyArray<T>,
): Array<T & { rank: number | null }> {
  const scores = rows.flatMap((row) => (row.ikm === null ? [] : [row.ikm])).sort((a, b) => b - a);
  const rankOf = new Map<number, number>();
  scores.forEach((score, index) => {
    if (!rankOf.has(score)) rankOf.set(score, index + 1);
  });
  return rows.map((row) => ({ ...row, rank: row.ikm === null ? null : rankOf.get(row.ikm)! }));
}

/** Each unit's element tallies, from rows that name their unit. */
export function groupTalliesByUnit(
  tallies: ReadonlyArray<ElementTally & { unitId: number }>,
): Map<number, ElementTally[]> {
  const grouped = new Map<number, ElementTally[]>();
  for (const { unitId, ...tally } of tallies) {
    const list = grouped.get(unitId);
    if (list) list.push(tally);
    else grouped.set(unitId, [tally]);
  }
  return grouped;
}
