import Link from "next/link";

import { SampleNote } from "@/components/results/sample-note";
import type { PeriodFigures } from "@/lib/dashboard/queries";
import { unitsShortOfSample } from "@/lib/dashboard/units";
import { formatInteger } from "@/lib/format/number";

function countSentence(figures: PeriodFigures): string {
  const { samples } = figures;
  const reached = samples.filter((unit) => unit.representative === true).length;
  const unknown = samples.filter((unit) => unit.minimumSample === null).length;
  const parts = [
    `${formatInteger(reached)} dari ${formatInteger(samples.length)} unit sudah mencapai jumlah responden minimal.`,
  ];
  if (unknown > 0) {
    parts.push(
      `${formatInteger(unknown)} unit belum mengisi perkiraan jumlah pengguna layanan, jadi jumlah minimalnya belum bisa dihitung.`,
    );
  }
  return parts.join(" ");
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
    <section aria-labelledby="sampel" className="space-y-3">
      <h2 id="sampel" className="text-2xl font-bold">
        Responden dan jumlah minimal
      </h2>
      {single ? (
        <SampleNote respondents={single.respondents} sample={single} />
      ) : (
        <>
          <p>{countSentence(figures)}</p>
          {short.length > 0 && (
            <>
              <h3 className="text-lg font-semibold">
                Unit yang belum mencapai jumlah responden minimal ({formatInteger(short.length)})
              </h3>
              <ul className="list-disc space-y-1 pl-6">
                {short.map((unit) => (
                  <li key={unit.slug}>
                    <Link href={unitHref(unit.slug)}>{unit.name}</Link>:{" "}
                    {formatInteger(unit.respondents)} dari {formatInteger(unit.minimumSample!)}{" "}
                    responden, kurang {formatInteger(unit.shortBy!)} responden.
                  </li>
                ))}
              </ul>
            </>
          )}
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
