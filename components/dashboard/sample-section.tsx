import Link from "next/link";

import { BreakableText } from "@/components/breakable-text";
import { CELL, DataTable, NUMBER_CELL } from "@/components/dashboard/data-table";
import { SampleNote } from "@/components/results/sample-note";
import type { PeriodFigures } from "@/lib/dashboard/queries";
import { type UnitSample, unitsShortOfSample } from "@/lib/dashboard/units";
import { formatInteger } from "@/lib/format/number";

function countSentence(figures: PeriodFigures): string {
  const { samples } = figures;
  const reached = samples.filter((unit) => unit.representative === true).length;
  const unknown = samples.filter((unit) => unit.minimumSample === null).length;
  const parts = [
    `${formatInteger(reached)} dari ${formatInteger(samples.length)} unit sudah mencapai ` +
      "jumlah responden minimal.",
  ];
  if (unknown > 0) {
    parts.push(
      `${formatInteger(unknown)} unit belum mengisi perkiraan jumlah pengguna layanan, ` +
        "jadi jumlah minimalnya belum bisa dihitung.",
    );
  }
  return parts.join(" ");
}

/** More rows than this start folded: the province has dozens of units. */
const OPEN_ROWS = 10;

/**
 * The units still short of their minimum sample, furthest first: two columns, the respondents
 * and the minimum under the unit's name, so that "Kurang" is never cut on a phone.
 */
function ShortfallTable({
  units,
  unitHref,
}: {
  units: UnitSample[];
  unitHref: (slug: string) => string;
}) {
  const count = formatInteger(units.length);
  const caption = `Unit yang belum mencapai jumlah responden minimal (${count})`;
  const table = (
    <DataTable
      caption={caption}
      headers={[{ label: "Unit layanan" }, { label: "Kurang", numeric: true }]}
    >
      {units.map((unit) => (
        <tr key={unit.slug}>
          <th scope="row" className={`${CELL} font-normal wrap-anywhere`}>
            <Link href={unitHref(unit.slug)}>
              <BreakableText text={unit.name} />
            </Link>
            <span className="block text-muted">
              {formatInteger(unit.respondents)} dari minimal {formatInteger(unit.minimumSample!)}{" "}
              responden
            </span>
          </th>
          <td className={`${NUMBER_CELL} font-semibold`}>{formatInteger(unit.shortBy!)}</td>
        </tr>
      ))}
    </DataTable>
  );
  if (units.length <= OPEN_ROWS) return table;
  return (
    <details>
      <summary className="cursor-pointer py-2 font-semibold text-brand-700 underline">
        Lihat {formatInteger(units.length)} unit yang belum mencapai jumlah responden minimal
      </summary>
      {table}
    </details>
  );
}

/**
 * Respondents against each unit's minimum sample (Krejcie–Morgan on the yearly users of its
 * services), over the whole period; the units still short of it are listed by name.
 */
export function SampleSection({
  figures,
  unitHref,
  narrowed,
}: {
  figures: PeriodFigures;
  unitHref: (slug: string) => string;
  narrowed: boolean;
}) {
  const short = unitsShortOfSample(figures.samples);
  const single = figures.samples.length === 1 ? figures.samples[0] : undefined;
  return (
    <section aria-labelledby="sampel" className="min-w-0 space-y-3">
      <h2 id="sampel" className="text-2xl font-bold">
        Responden dan jumlah minimal
      </h2>
      {single ? (
        <SampleNote respondents={single.respondents} sample={single} />
      ) : (
        <>
          <p>{countSentence(figures)}</p>
          {short.length > 0 && <ShortfallTable units={short} unitHref={unitHref} />}
        </>
      )}
      <p className="text-muted">
        Jumlah minimal dihitung dengan rumus Krejcie–Morgan dari perkiraan pengguna layanan per
        tahun
        {narrowed
          ? ", untuk seluruh periode, tanpa memandang layanan atau rentang tanggal yang dipilih"
          : ""}
        .
      </p>
    </section>
  );
}
