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

const CELL = "border-b border-line px-3 py-2 text-left align-top";

export function GradeTable() {
  return (
    <ScrollRegion label="Tabel mutu pelayanan">
      <table className="w-full min-w-[30rem] border-collapse">
        <caption className="py-2 text-left font-semibold">
          Mutu pelayanan menurut IKM yang sudah dibulatkan
        </caption>
        <thead>
          <tr>
            <th scope="col" className={CELL}>
              IKM (25–100)
            </th>
            <th scope="col" className={CELL}>
              Rata-rata (1–4)
            </th>
            <th scope="col" className={CELL}>
              Mutu dan kinerja
            </th>
          </tr>
        </thead>
        <tbody>
          {BANDS.map((band) => (
            <tr key={band.grade}>
              <td className={CELL}>
                {formatScore(band.ikm[0])} – {formatScore(band.ikm[1])}
              </td>
              <td className={CELL}>
                {formatNrr(band.nrr[0])} – {formatNrr(band.nrr[1])}
              </td>
              <th scope="row" className={`${CELL} font-normal`}>
                <GradeBadge grade={band.grade} />
              </th>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
