import {
  type Fold,
  FOLDED_KEY,
  FOLDED_LABEL,
  type ProfileBreakdown,
  type ProfileGroup,
  SMALLEST_GROUP,
} from "@/lib/dashboard/profile";
import { formatInteger, formatPercent } from "@/lib/format/number";

const NOT_ANSWERED_KEY = "tidak-menjawab";

/** How many of the largest answers the sentence under a chart names. */
const NAMED_IN_SENTENCE = 3;

/** A group's share of all respondents, with one decimal: "14,0%". */
export function share(count: number, total: number): string {
  return formatPercent(total === 0 ? 0 : count / total);
}

function isAnswer(group: ProfileGroup): boolean {
  return group.key !== FOLDED_KEY && group.key !== NOT_ANSWERED_KEY;
}

/**
 * The groups from the largest answer down, then the remainders: those who did not answer, and
 * last the fold of small groups. A remainder is never "the largest": the fold adds up several
 * answers, and "Tidak menjawab" is no answer, so caption, sentence and chart rank answers only.
 */
export function rankedGroups(breakdown: ProfileBreakdown): ProfileGroup[] {
  const answers = breakdown.groups.filter(isAnswer).sort((a, b) => b.count - a.count);
  const remainders = [NOT_ANSWERED_KEY, FOLDED_KEY].flatMap((key) =>
    breakdown.groups.filter((group) => group.key === key),
  );
  return [...answers, ...remainders];
}

/** The chart's caption: the largest answer shown, or why none is shown on its own. */
export function profileFinding(breakdown: ProfileBreakdown): string {
  const top = breakdown.groups.filter(isAnswer).sort((a, b) => b.count - a.count)[0];
  if (!top && breakdown.fold?.tookInLarger) {
    return `${breakdown.title}: semua pilihan digabung agar penilai tidak bisa dikenali`;
  }
  if (!top) return `${breakdown.title}: tiap pilihan kurang dari ${SMALLEST_GROUP} orang`;
  const count = `${formatInteger(top.count)} orang, ${share(top.count, breakdown.total)}`;
  return `${breakdown.title}: terbanyak ${top.label} (${count})`;
}

/** The key numbers under the caption: the largest answers, then the remainders, in that order. */
export function profileKeyNumbers(breakdown: ProfileBreakdown): string {
  const ranked = rankedGroups(breakdown);
  const answers = ranked.filter(isAnswer);
  const named = answers.slice(0, NAMED_IN_SENTENCE);
  const more = answers.length > named.length ? ", dan seterusnya" : "";
  const shareOf = (group: ProfileGroup) => `${group.label} ${share(group.count, breakdown.total)}`;
  const parts = [
    ...(named.length > 0 ? [`${named.map(shareOf).join(", ")}${more}`] : []),
    ...ranked.filter((group) => !isAnswer(group)).map(shareOf),
  ];
  return `Dari ${formatInteger(breakdown.total)} responden: ${parts.join("; ")}.`;
}

/**
 * The bars of a chart: every group in the breakdown's own order when they fit, else the
 * largest answers in rank, so that the fold never takes the place of a real answer.
 */
export function chartGroups(breakdown: ProfileBreakdown, limit: number): ProfileGroup[] {
  if (breakdown.groups.length <= limit) return breakdown.groups;
  return rankedGroups(breakdown).slice(0, limit);
}

/**
 * One sentence under a profile chart saying what its fold holds, without naming any group in
 * it: a name would tell that one to four people gave that answer.
 */
export function foldSentence(fold: Fold | null): string | null {
  if (fold === null) return null;
  const people = `${formatInteger(fold.count)} orang`;
  if (fold.tookInLarger) {
    return (
      `“${FOLDED_LABEL}” (${people}) menjumlahkan kelompok yang masing-masing kurang dari ` +
      `${SMALLEST_GROUP} orang beserta kelompok terkecil berikutnya, agar gabungan itu sendiri ` +
      `tidak kurang dari ${SMALLEST_GROUP} orang.`
    );
  }
  return (
    `“${FOLDED_LABEL}” (${people}) menjumlahkan kelompok yang masing-masing kurang dari ` +
    `${SMALLEST_GROUP} orang, termasuk yang tidak menjawab bila kurang dari ${SMALLEST_GROUP}.`
  );
}
