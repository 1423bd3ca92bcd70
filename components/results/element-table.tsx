import { BreakableText } from "@/components/breakable-text";
import { GradeBadge } from "@/components/grade-badge";
import { formatInteger, formatNrr, formatScore } from "@/lib/format/number";
import { roundNrr } from "@/lib/ikm";
import type { ElementResult } from "@/lib/results/queries";

import { ScrollRegion } from "./scroll-region";

// The sum of scores and the answers let anyone recompute the NRR (sum ÷ answers) and the IKM.
// On phones the sum, the answers and the NRR go under the element's name and the grade under its value,
// leaving two columns that fit at 320 px; from 640 px each figure has its own column.
const CELL = "border-b border-line px-2 py-2 text-left align-top sm:px-3";
const NUMBER = "border-b border-line px-2 py-2 text-right align-top sm:px-3";
const WIDE_ONLY = "hidden sm:table-cell";

/** The same numbers as the chart, readable without JavaScript or hovering. */
export function ElementTable({ elements }: { elements: ElementResult[] }) {
  return (
    <ScrollRegion label="Tabel nilai tiap unsur">
      <table className="w-full border-collapse">
        <caption className="py-2 text-left font-semibold">Nilai tiap unsur pelayanan</caption>
        <thead>
          <tr>
            <th scope="col" className={CELL}>
              Unsur
            </th>
            <th scope="col" className={`${NUMBER} ${WIDE_ONLY}`}>
              Jumlah nilai
            </th>
            <th scope="col" className={`${NUMBER} ${WIDE_ONLY}`}>
              Jawaban
            </th>
            <th scope="col" className={`${NUMBER} ${WIDE_ONLY}`}>
              NRR (1–4)
            </th>
            <th scope="col" className={NUMBER}>
              NRR × 25<span className="sm:hidden"> dan mutu</span>
            </th>
            <th scope="col" className={`${CELL} ${WIDE_ONLY}`}>
              Mutu
            </th>
          </tr>
        </thead>
        <tbody>
          {elements.map((element) => (
            <ElementRow key={element.code} element={element} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function ElementRow({ element }: { element: ElementResult }) {
  const sum = formatInteger(element.sum);
  const count = formatInteger(element.count);
  const nrr = formatNrr(roundNrr(element));
  return (
    <tr className={element.weakest ? "bg-brand-50" : undefined}>
      <th scope="row" className={`${CELL} font-normal`}>
        <span className="wrap-anywhere">
          <BreakableText text={element.name} />
        </span>
        {element.weakest && <strong className="block">Terlemah</strong>}
        <span className="block text-muted sm:hidden">
          Jumlah nilai {sum} dari {count} jawaban, NRR {nrr}
        </span>
      </th>
      <td className={`${NUMBER} ${WIDE_ONLY}`}>{sum}</td>
      <td className={`${NUMBER} ${WIDE_ONLY}`}>{count}</td>
      <td className={`${NUMBER} ${WIDE_ONLY}`}>{nrr}</td>
      <td className={NUMBER}>
        <span className="block font-semibold">{formatScore(element.converted)}</span>
        <span className="block sm:hidden">
          <GradeBadge grade={element.grade} compact />
        </span>
      </td>
      <td className={`${CELL} ${WIDE_ONLY}`}>
        <GradeBadge grade={element.grade} />
      </td>
    </tr>
  );
}
