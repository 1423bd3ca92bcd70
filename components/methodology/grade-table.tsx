import { GradeBadge } from "@/components/grade-badge";
import { formatNrr, formatScore } from "@/lib/format/number";
import type { Grade } from "@/lib/ikm";

import { ScrollRegion } from "../results/scroll-region";

// PermenPAN-RB 14/2017: IKM bounds and the same bounds on the 1–4 scale.
const BANDS: ReadonlyArray<{ grade: Grade; ikm: [number, number]; nrr: [number, number] }> = [
  { grade: "A", ikm: [88.31, 100], nrr: [3.5324, 4] },
  { grade: "B", ikm: [76.61, 88.3], nrr: [3.0644, 3.532] },
  { grade: "C", ikm: [65, 76.6], nrr: [2.6, 3.064] },
  { grade: "D", ikm: [25, 64.99], nrr: [1, 2.5996] },
];

// Phones get two columns (grade; IKM with the 1–4 average under it), which fit at 320 px with
// the caption; from 640 px the average has a column of its own. Ranges never break inside.
const CELL = "border-b border-line px-2 py-2 text-left align-top sm:px-3";
const WIDE_ONLY = "hidden sm:table-cell";

function range([low, high]: [number, number], format: (value: number) => string): string {
  return `${format(low)} – ${format(high)}`;
}

export function GradeTable() {
  return (
    <ScrollRegion label="Tabel mutu pelayanan">
      <table className="w-full border-collapse">
        <caption className="py-2 text-left font-semibold">
          Mutu pelayanan menurut IKM yang sudah dibulatkan
        </caption>
        <thead>
          <tr>
            <th scope="col" className={CELL}>
              Mutu dan kinerja
            </th>
            <th scope="col" className={CELL}>
              IKM <span className="whitespace-nowrap">(25–100)</span>
              <span className="sm:hidden">
                {" "}
                dan rata-rata <span className="whitespace-nowrap">(1–4)</span>
              </span>
            </th>
            <th scope="col" className={`${CELL} ${WIDE_ONLY}`}>
              Rata-rata <span className="whitespace-nowrap">(1–4)</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {BANDS.map((band) => (
            <tr key={band.grade}>
              <th scope="row" className={`${CELL} font-normal`}>
                <GradeBadge grade={band.grade} compact />
              </th>
              <td className={CELL}>
                <span className="whitespace-nowrap">{range(band.ikm, formatScore)}</span>
                <span className="block text-muted sm:hidden">
                  rata-rata <span className="whitespace-nowrap">{range(band.nrr, formatNrr)}</span>
                </span>
              </td>
              <td className={`${CELL} ${WIDE_ONLY}`}>
                <span className="whitespace-nowrap">{range(band.nrr, formatNrr)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
