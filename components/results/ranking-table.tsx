import Link from "next/link";

import { BreakableText } from "@/components/breakable-text";
import { GradeBadge } from "@/components/grade-badge";
import { formatInteger, formatScore } from "@/lib/format/number";
import type { RankedUnit } from "@/lib/results/queries";
import type { RankingParams } from "@/lib/results/ranking-params";

import { RankingSortLinks } from "./ranking-sort-links";
import { SampleFlag } from "./sample-flag";
import { ScrollRegion } from "./scroll-region";
import { SortHeader } from "./sort-header";

// Phones get three columns (rank, unit with its respondents underneath, IKM with its grade), so
// that the essential figures fit at 320 px; from 640 px respondents have a column of their own.
const CELL = "border-b border-line px-2 py-2 text-left align-top sm:px-3";
const NUMBER = "border-b border-line px-2 py-2 text-right align-top sm:px-3";
const WIDE_ONLY = "hidden sm:table-cell";
const RANK = "border-b border-line py-2 pr-1 pl-0 text-right align-top sm:px-2";

function IkmCell({ unit }: { unit: RankedUnit }) {
  if (unit.ikm === null || unit.grade === null) {
    return <td className={CELL}>Belum ada penilaian</td>;
  }
  return (
    <td className={CELL}>
      <span className="block font-semibold">{formatScore(unit.ikm)}</span>
      <GradeBadge grade={unit.grade} compact />
    </td>
  );
}

function RankingRow({
  unit,
  showAgency,
  periodSlug,
}: {
  unit: RankedUnit;
  showAgency: boolean;
  periodSlug: string;
}) {
  const flag = unit.ikm === null ? null : <SampleFlag sample={unit} />;
  return (
    <tr>
      <td className={RANK}>{unit.rank ?? "–"}</td>
      {/* The link covers its whole cell (name, agency, respondents): a tap target of several
          lines on phones, where a one-line name alone would be under 44 px tall. */}
      <th scope="row" className={`${CELL} relative font-normal`}>
        <Link
          href={`/unit/${unit.slug}?periode=${encodeURIComponent(periodSlug)}`}
          className="wrap-anywhere after:absolute after:inset-0"
        >
          <BreakableText text={unit.name} />
        </Link>
        <span className="block wrap-anywhere text-muted">
          {showAgency && `${unit.agencyShortName} · `}
          {unit.regencyName}
        </span>
        <span className="block sm:hidden">
          {formatInteger(unit.respondents)} responden
          {flag}
        </span>
      </th>
      <IkmCell unit={unit} />
      <td className={`${NUMBER} ${WIDE_ONLY}`}>
        {formatInteger(unit.respondents)}
        {flag}
      </td>
    </tr>
  );
}

/**
 * The ranking as a real table; its headers sort it through links that work without JavaScript.
 * Unit links carry the period, so that the unit's page shows the figures of the row clicked.
 */
export function RankingTable({
  units,
  params,
  caption,
  periodSlug,
}: {
  units: RankedUnit[];
  params: RankingParams;
  caption: string;
  periodSlug: string;
}) {
  return (
    <div className="space-y-2">
      <RankingSortLinks params={params} />
      <ScrollRegion label={caption}>
        <table className="w-full border-collapse">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={RANK}>
                <span aria-hidden="true" className="sm:hidden">
                  #
                </span>
                <span className="sr-only sm:not-sr-only">Peringkat</span>
              </th>
              <SortHeader params={params} sort="nama" label="Unit layanan" className={CELL} />
              <SortHeader
                params={params}
                sort="ikm"
                label={
                  <>
                    IKM<span className="hidden sm:inline"> dan mutu</span>
                  </>
                }
                className={CELL}
              />
              <SortHeader
                params={params}
                sort="responden"
                label="Responden"
                className={`${NUMBER} ${WIDE_ONLY}`}
              />
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <RankingRow
                key={unit.slug}
                unit={unit}
                showAgency={!params.opd}
                periodSlug={periodSlug}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
