import { EDUCATION_OPTIONS, OCCUPATION_OPTIONS, SEX_OPTIONS } from "@/lib/survey/profile";

import type { ProfileCount } from "./profile-counts";

/** Groups smaller than this are never shown on their own (DOMAIN.md). */
export const SMALLEST_GROUP = 5;
export const FOLDED_KEY = "gabungan-kecil";
// Not "Lainnya": that is a real occupation, and the fold may hold five people or more.
export const FOLDED_LABEL = "Gabungan kelompok kecil";
export const NOT_ANSWERED_LABEL = "Tidak menjawab";

export const AGE_BANDS: ReadonlyArray<{ value: string; label: string }> = [
  { value: "sampai-20", label: "≤ 20 tahun" },
  { value: "21-30", label: "21–30 tahun" },
  { value: "31-40", label: "31–40 tahun" },
  { value: "41-50", label: "41–50 tahun" },
  { value: "51-60", label: "51–60 tahun" },
  { value: "di-atas-60", label: "> 60 tahun" },
];

export type ProfileGroup = { key: string; label: string; count: number };

/** What the fold took in, so that its content can be told without naming any small group. */
export type Fold = {
  count: number;
  /** Whether it took in the smallest groups of five or more, to reach five itself. */
  tookInLarger: boolean;
};

export type FoldedGroups = { groups: ProfileGroup[]; fold: Fold | null };

export type ProfileBreakdown = FoldedGroups & {
  title: string;
  /** What a group is, in running text: "jenis kelamin", "layanan". */
  noun: string;
  /** `groups`: those of at least five, then the fold; shares are of `total`. */
  total: number;
};

export type RespondentProfile = {
  total: number;
  breakdowns: ProfileBreakdown[];
};

type Labelled = { key: string | null; label: string; count: number };

/**
 * Keeps groups of at least five respondents; every smaller group, "Tidak menjawab" included,
 * is folded into one "Gabungan kelompok kecil", so that no small group can be picked out.
 */
export function foldSmallGroups(groups: ReadonlyArray<Labelled>): FoldedGroups {
  const kept: ProfileGroup[] = [];
  let folded = 0;
  let tookInLarger = false;
  for (const group of groups) {
    if (group.count >= SMALLEST_GROUP) {
      kept.push({ key: group.key ?? "tidak-menjawab", label: group.label, count: group.count });
    } else {
      folded += group.count;
    }
  }
  // A fold that is itself under five would still single people out: it takes in the smallest
  // kept groups until it reaches five (or nothing is left to take).
  while (folded > 0 && folded < SMALLEST_GROUP && kept.length > 0) {
    const smallest = kept.reduce((min, group) => (group.count < min.count ? group : min));
    kept.splice(kept.indexOf(smallest), 1);
    folded += smallest.count;
    tookInLarger = true;
  }
  if (folded === 0) return { groups: kept, fold: null };
  kept.push({ key: FOLDED_KEY, label: FOLDED_LABEL, count: folded });
  return { groups: kept, fold: { count: folded, tookInLarger } };
}

function inOrder(
  counts: ReadonlyArray<ProfileCount>,
  options: ReadonlyArray<{ value: string; label: string }>,
): Labelled[] {
  const countOf = new Map(counts.map((row) => [row.key, row.count]));
  const listed = options.map((option) => ({
    key: option.value,
    label: option.label,
    count: countOf.get(option.value) ?? 0,
  }));
  return [...listed, { key: null, label: NOT_ANSWERED_LABEL, count: countOf.get(null) ?? 0 }];
}

function byCount(
  counts: ReadonlyArray<ProfileCount>,
  labelOf: (key: string) => string,
): Labelled[] {
  return counts
    .map((row) => ({
      key: row.key,
      label: row.key === null ? NOT_ANSWERED_LABEL : labelOf(row.key),
      count: row.count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "id"));
}

/** The respondent profile of a scope from its grouped counts, small groups folded. */
export function buildRespondentProfile({
  counts,
  serviceLabel,
}: {
  counts: ReadonlyArray<ProfileCount>;
  serviceLabel: (serviceId: string) => string;
}): RespondentProfile {
  const total = counts.find((row) => row.dimension === "all")?.count ?? 0;
  const of = (dimension: ProfileCount["dimension"]) =>
    counts.filter((row) => row.dimension === dimension);
  const breakdown = (title: string, noun: string, groups: Labelled[]): ProfileBreakdown => ({
    title,
    noun,
    ...foldSmallGroups(groups),
    total,
  });

  return {
    total,
    breakdowns: [
      breakdown("Jenis kelamin", "jenis kelamin", inOrder(of("sex"), SEX_OPTIONS)),
      breakdown("Umur", "kelompok umur", inOrder(of("age"), AGE_BANDS)),
      breakdown("Pendidikan", "pendidikan", inOrder(of("education"), EDUCATION_OPTIONS)),
      breakdown("Pekerjaan", "pekerjaan", inOrder(of("occupation"), OCCUPATION_OPTIONS)),
      breakdown("Layanan", "layanan", byCount(of("service"), serviceLabel)),
    ],
  };
}
