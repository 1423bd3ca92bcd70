import { TrendChart } from "@/components/charts/trend-chart";
import { GradeBadge } from "@/components/grade-badge";
import type { TrendPoint } from "@/lib/dashboard/trend";
import { formatScore } from "@/lib/format/number";

import { CELL, DataTable, NUMBER_CELL } from "./data-table";
import { describeTrend } from "./trend-words";

function TrendTable({ name, trend }: { name: string; trend: TrendPoint[] }) {
  return (
    <DataTable
      caption={`IKM ${name} tiap periode`}
      headers={[{ label: "Periode" }, { label: "IKM dan mutu", numeric: true }]}
    >
      {trend.map((point) => (
        <tr key={point.slug}>
          <th scope="row" className={`${CELL} font-normal`}>
            {point.name}
          </th>
          {point.ikm === null || point.grade === null ? (
            <td className={NUMBER_CELL}>
              {point.withheld ? "Tidak ditampilkan" : "Belum ada penilaian"}
            </td>
          ) : (
            <td className={NUMBER_CELL}>
              <span className="flex flex-wrap items-center justify-end gap-x-2 gap-y-1">
                <span className="font-semibold">{formatScore(point.ikm)}</span>
                <GradeBadge grade={point.grade} />
              </span>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}

/** The IKM over past periods of the same kind as a line chart, with the table of its numbers. */
export function TrendFigure({
  name,
  trend,
  ranged,
  perService,
}: {
  name: string;
  trend: TrendPoint[];
  ranged: boolean;
  /** The trend of one service, which leaves out the periods it could not be shown alone in. */
  perService: boolean;
}) {
  const words = describeTrend(name, trend, { perService });
  if (words.kind === "empty") return <p>{words.sentence}</p>;

  const { finding, summary } = words;
  const chart = words.scored > 1;
  return (
    <figure className="space-y-3">
      <figcaption className="space-y-1">
        <span className="block text-lg font-semibold">{finding}</span>
        <span className="block">
          {summary} Tiap {chart ? "titik" : "baris"} adalah satu periode penuh
          {ranged ? "; rentang tanggal yang dipilih tidak berlaku di sini" : ""}.
        </span>
      </figcaption>
      {chart && (
        <TrendChart
          description={`Grafik garis IKM ${name} dari periode ke periode. ${finding}. ${summary} Angka lengkapnya ada di tabel di bawah.`}
          values={trend.map((point) => ({ label: point.name, value: point.ikm }))}
        />
      )}
      <TrendTable name={name} trend={trend} />
    </figure>
  );
}
