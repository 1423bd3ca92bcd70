import { ElementChart } from "@/components/charts/element-chart";
import type { ElementResult } from "@/lib/results/queries";

import { ElementTable } from "./element-table";
import { strongestSentence, weakestFinding } from "./element-words";

/** The elements as a bar chart whose caption states the finding, with the table of its numbers. */
export function ElementFigure({ elements }: { elements: ElementResult[] }) {
  const finding = weakestFinding(elements);
  const strongest = strongestSentence(elements);
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
