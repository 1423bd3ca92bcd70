import { GradeBadge } from "@/components/grade-badge";
import { formatInteger, formatNrr, formatScore } from "@/lib/format/number";
import type { ElementResult } from "@/lib/results/queries";

import { ScrollRegion } from "./scroll-region";

const CELL = "border-b border-line px-3 py-2 text-left align-top";

/** The same numbers as the chart, readable without JavaScript or hovering. */
export function ElementTable({ elements }: { elements: ElementResult[] }) {
  return (
    <ScrollRegion label="Tabel nilai tiap unsur">
      <table className="w-full min-w-[36rem] border-collapse">
        <caption className="py-2 text-left font-semibold">Nilai tiap unsur pelayanan</caption>
        <thead>
          <tr>
            <th scope="col" className={CELL}>
              Unsur
            </th>
            <th scope="col" className={`${CELL} text-right`}>
              Jawaban
            </th>
            <th scope="col" className={`${CELL} text-right`}>
              NRR (1–4)
            </th>
            <th scope="col" className={`${CELL} text-right`}>
              NRR × 25
            </th>
            <th scope="col" className={CELL}>
              Mutu
            </th>
          </tr>
        </thead>
        <tbody>
          {elements.map((element) => (
            <tr key={element.code} className={element.weakest ? "bg-brand-50" : undefined}>
              <th scope="row" className={`${CELL} font-normal`}>
                {element.name}
                {element.weakest && <strong className="block">Terlemah</strong>}
              </th>
              <td className={`${CELL} text-right`}>{formatInteger(element.count)}</td>
              <td className={`${CELL} text-right`}>{formatNrr(element.nrr)}</td>
              <td className={`${CELL} text-right`}>{formatScore(element.converted)}</td>
              <td className={CELL}>
                <GradeBadge grade={element.grade} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
