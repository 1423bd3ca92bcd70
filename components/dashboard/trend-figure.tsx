import { TrendChart } from "@/components/charts/trend-chart";
import { GradeBadge } from "@/components/grade-badge";
import type { TrendPoint } from "@/lib/dashboard/trend";
import { formatScore } from "@/lib/format/number";

import { CELL, DataTable, NUMBER_CELL } from "./data-table";

type Scored = TrendPoint & { ikm: number };

function isScored(point: TrendPoint): point is Scored {
  return point.ikm !== null;
}

function findingOf(name: string, trend: TrendPoint[]): string {
  const current = trend[trend.length - 1]!;
  const previous = trend[trend.length - 2];
  if (current.ikm === null) return `Belum ada penilaian untuk ${name} pada ${current.name}`;
  const value = formatScore(current.ikm);
  if (!previous || previous.ikm === null) return `IKM ${name} pada ${current.name}: ${value}`;
  if (current.ikm > previous.ikm) return `IKM ${name} naik ke ${value} pada ${current.name}`;
  if (current.ikm < previous.ikm) return `IKM ${name} turun ke ${value} pada ${current.name}`;
  return `IKM ${name} tetap ${value} pada ${current.name}`;
}

function rangeOf(scored: Scored[]): string {
  if (scored.length < 2) return "Baru satu periode yang sudah dinilai.";
  const lowest = scored.reduce((low, point) => (point.ikm < low.ikm ? point : low));
  const highest = scored.reduce((high, point) => (point.ikm > high.ikm ? point : high));
  return (
    `Dari ${scored.length} periode yang sudah dinilai, terendah ${formatScore(lowest.ikm)} ` +
    `(${lowest.name}) dan tertinggi ${formatScore(highest.ikm)} (${highest.name}).`
  );
}

/** The IKM over past periods of the same kind as a line chart, with the table of its numbers. */
export function TrendFigure({
  name,
  trend,
  ranged,
}: {
  name: string;
  trend: TrendPoint[];
  ranged: boolean;
}) {
  const finding = findingOf(name, trend);
  const summary = rangeOf(trend.filter(isScored));
  return (
    <figure className="space-y-3">
      <figcaption className="space-y-1">
        <span className="block text-lg font-semibold">{finding}</span>
        <span className="block">
          {summary} Tiap titik adalah satu periode penuh
          {ranged ? "; rentang tanggal yang dipilih tidak berlaku di sini" : ""}.
        </span>
      </figcaption>
      {trend.length > 1 && (
        <TrendChart
          description={`Grafik garis IKM ${name} dari periode ke periode. ${finding}. ${summary} Angka lengkapnya ada di tabel di bawah.`}
          values={trend.map((point) => ({ label: point.name, value: point.ikm }))}
        />
      )}
      <DataTable
        caption={`IKM ${name} tiap periode`}
        headers={[{ label: "Periode" }, { label: "IKM", numeric: true }, { label: "Mutu" }]}
      >
        {trend.map((point) => (
          <tr key={point.slug}>
            <th scope="row" className={`${CELL} font-normal`}>
              {point.name}
            </th>
            {point.ikm === null || point.grade === null ? (
              <td className={CELL} colSpan={2}>
                Belum ada penilaian
              </td>
            ) : (
              <>
                <td className={NUMBER_CELL}>{formatScore(point.ikm)}</td>
                <td className={CELL}>
                  <GradeBadge grade={point.grade} />
                </td>
              </>
            )}
          </tr>
        ))}
      </DataTable>
    </figure>
  );
}
