import Link from "next/link";

import { GradeBadge } from "@/components/grade-badge";
import { formatInteger, formatScore } from "@/lib/format/number";
import type { RankedUnit } from "@/lib/results/queries";
import type { RankingParams } from "@/lib/results/ranking-params";

import { ScrollRegion } from "./scroll-region";
import { SortHeader } from "./sort-header";

const CELL = "border-b border-line px-3 py-2 text-left align-top";
const NUMBER = `${CELL} text-right`;
const RANK = "border-b border-line px-2 py-2 text-right align-top";

function IkmCell({ unit }: { unit: RankedUnit }) {
  if (unit.ikm === null || unit.grade === null) {
    return <td className={CELL}>Belum ada penilaian</td>;
  }
  return (
    <td className={CELL}>
      <span className="block font-semibold">{formatScore(unit.ikm)}</span>
      <GradeBadge grade={unit.grade} />
    </td>
  );
}

function RespondentsCell({ unit }: { unit: RankedUnit }) {
  return (
    <td className={NUMBER}>
      {formatInteger(unit.respondents)}
      {unit.representative === false && (
        <span className="block whitespace-nowrap text-danger">
          belum representatif
          <span className="block">minimal {formatInteger(unit.minimumSample!)}</span>
        </span>
      )}
    </td>
  );
}

function RankingRow({ unit, showAgency }: { unit: RankedUnit; showAgency: boolean }) {
  return (
    <tr>
      <td className={RANK}>{unit.rank ?? "–"}</td>
      <th scope="row" className={`${CELL} min-w-48 font-normal`}>
        <Link href={`/unit/${unit.slug}`}>{unit.name}</Link>
        <span className="block text-muted">
          {showAgency && `${unit.agencyShortName} · `}
          {unit.regencyName}
        </span>
      </th>
      <IkmCell unit={unit} />
      <RespondentsCell unit={unit} />
    </tr>
  );
}

/** The ranking as a real table; its headers sort it through links that work without JavaScript. */
export function RankingTable({
  units,
  params,
  caption,
}: {
  units: RankedUnit[];
  params: RankingParams;
  caption: string;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="w-full min-w-[32rem] border-collapse">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={RANK}>
              Pering&shy;kat
            </th>
            <SortHeader params={params} sort="nama" label="Unit layanan" className={CELL} />
            <SortHeader params={params} sort="ikm" label="IKM dan mutu" className={CELL} />
            <SortHeader params={params} sort="responden" label="Responden" className={NUMBER} />
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <RankingRow key={unit.slug} unit={unit} showAgency={!params.opd} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
