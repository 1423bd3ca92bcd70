import { formatScore } from "@/lib/format/number";

type NamedScore = { name: string; converted: number; weakest: boolean };

const list = new Intl.ListFormat("id-ID", { style: "long", type: "conjunction" });

// Element names hold commas and "dan" themselves ("Sistem, Mekanisme, dan Prosedur"), so each
// name is quoted: two tied names can then never read as three, nor one as two.
function namesOf(elements: NamedScore[]): string {
  return list.format(elements.map((element) => `“${element.name}”`));
}

/** "“Biaya/Tarif” (70,00)", or for a tie "“A” dan “B”, masing-masing 70,00". */
function namesWithScore(elements: NamedScore[], score: number): string {
  const names = namesOf(elements);
  return elements.length === 1
    ? `${names} (${formatScore(score)})`
    : `${names}, masing-masing ${formatScore(score)}`;
}

/** The chart's finding: the weakest element or elements, without a closing full stop. */
export function weakestFinding(elements: NamedScore[]): string {
  const weakest = elements.filter((element) => element.weakest);
  if (weakest.length === elements.length) {
    return `Semua unsur bernilai sama: ${formatScore(weakest[0]!.converted)}`;
  }
  return `Unsur terlemah: ${namesWithScore(weakest, weakest[0]!.converted)}`;
}

/** The strongest element or elements, as a sentence. */
export function strongestSentence(elements: NamedScore[]): string {
  const top = Math.max(...elements.map((element) => element.converted));
  const strongest = elements.filter((element) => element.converted === top);
  return `Nilai tertinggi: ${namesWithScore(strongest, top)}.`;
}
