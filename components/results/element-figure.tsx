import { ElementChart } from "@/components/charts/element-chart";
import { formatScore } from "@/lib/format/number";
import type { ElementResult } from "@/lib/results/queries";

import { ElementTable } from "./element-table";

const list = new Intl.ListFormat("id-ID", { style: "long", type: "conjunction" });

function namesOf(elements: ElementResult[]): string {
  return list.format(elements.map((element) => element.name));
}

function findingOf(elements: ElementResult[]): string {
  const weakest = elements.filter((element) => element.weakest);
  if (weakest.length === elements.length) {
    return `Semua unsur bernilai sama: ${formatScore(weakest[0]!.converted)}`;
  }
  return `Unsur terlemah: ${namesOf(weakest)} (${formatScore(weakest[0]!.converted)})`;
}

function strongestOf(elements: ElementResult[]): string {
  const top = Math.max(...elements.map((element) => element.converted));
  const strongest = elements.filter((element) => element.converted === top);
  return `Nilai tertinggi: ${namesOf(strongest)} (${formatScore(top)}).`;
}

/** The elements as a bar chart whose caption states the finding, with the table of its numbers. */
export function ElementFigure({ elements }: { elements: ElementResult[] }) {
  const finding = findingOf(elements);
  const strongest = strongestOf(elements);
  return (
    <figure className="space-y-3">
      <figcaption className="space-y-1">
        <span className="block text-lg font-semibold">{finding}</span>
        <span className="block">
          {strongest} Nilai unsur adalah NRR × 25, pada skala 25 sampai 100. Unsur terlemah menjadi
          prioritas perbaikan.
        </span>
      </figcaption>
      <ElementChart
        description={`Diagram batang nilai ${elements.length} unsur pelayanan. ${finding}. ${strongest} Angka lengkapnya ada di tabel di bawah.`}
        bars={elements.map((element) => ({
          label: element.name,
          value: element.converted,
          weakest: element.weakest,
        }))}
      />
      <ElementTable elements={elements} />
    </figure>
  );
}
