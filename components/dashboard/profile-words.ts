import { type Fold, FOLDED_LABEL, SMALLEST_GROUP } from "@/lib/dashboard/profile";
import { formatInteger } from "@/lib/format/number";

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
