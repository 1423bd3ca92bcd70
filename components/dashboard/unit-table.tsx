import Link from "next/link";

import { GradeBadge } from "@/components/grade-badge";
import { ScrollRegion } from "@/components/results/scroll-region";
import { type DashboardFilters, dashboardQuery, sortedBy } from "@/lib/dashboard/filters";
import { formatInteger, formatScore } from "@/lib/format/number";
import type { RankedUnit, RankingSort } from "@/lib/results/queries";

import { CELL, NUMBER_CELL } from "./data-table";

const RANK = "border-b border-line px-2 py-2 text-right align-top";
const WORDS = { asc: "naik", desc: "turun" } as const;

function SortHeader({
  path,
  filters,
  sort,
  label,
  className,
}: {
  path: string;
  filters: DashboardFilters;
  sort: RankingSort;
  label: string;
  className: string;
}) {
  const active = filters.sort === sort;
  const ariaSort = active ? (filters.direction === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <Link
        href={`${path}${dashboardQuery(sortedBy(filters, sort))}#unit`}
        className="inline-flex min-h-11 items-center gap-1 font-semibold"
      >
        {label}
        {active && <span aria-hidden="true">{filters.direction === "asc" ? "▲" : "▼"}</span>}
        <span className="sr-only">
          {active ? `, urut ${WORDS[filters.direction]}; ubah urutan` : ", urutkan"}
        </span>
      </Link>
    </th>
  );
}

function RespondentsCell({ unit }: { unit: RankedUnit }) {
  return (
    <td className={NUMBER_CELL}>
      {formatInteger(unit.respondents)}
      {unit.minimumSample !== null && (
        <span className="block whitespace-nowrap text-muted">
          minimal {formatInteger(unit.minimumSample)}
        </span>
      )}
      {unit.representative === false && (
        <span className="block whitespace-nowrap text-danger">belum representatif</span>
      )}
    </td>
  );
}

function UnitRow({
  unit,
  href,
  showAgency,
}: {
  unit: RankedUnit;
  href: string;
  showAgency: boolean;
}) {
  return (
    <tr>
      <td className={RANK}>{unit.rank ?? "–"}</td>
      <th scope="row" className={`${CELL} min-w-48 font-normal`}>
        <Link href={href}>{unit.name}</Link>
        <span className="block text-muted">
          {showAgency && `${unit.agencyShortName} · `}
          {unit.regencyName}
        </span>
      </th>
      {unit.ikm === null || unit.grade === null ? (
        <td className={CELL}>
          {unit.respondents > 0
            ? "Tidak ditampilkan: kurang dari 5 penilaian dalam pilihan ini"
            : "Belum ada penilaian"}
        </td>
      ) : (
        <td className={CELL}>
          <span className="block font-semibold">{formatScore(unit.ikm)}</span>
          <GradeBadge grade={unit.grade} />
        </td>
      )}
      <RespondentsCell unit={unit} />
    </tr>
  );
}

/**
 * The scope's units ranked by IKM, each leading to its own dashboard. Headers sort through the
 * address, so sorting works without JavaScript.
 */
export function UnitTable({
  units,
  caption,
  path,
  filters,
  unitHref,
  showAgency,
}: {
  units: RankedUnit[];
  caption: string;
  path: string;
  filters: DashboardFilters;
  unitHref: (slug: string) => string;
  showAgency: boolean;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="w-full min-w-[32rem] border-collapse">
        <caption className="py-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={RANK}>
              Pering&shy;kat
            </th>
            <SortHeader path={path} filters={filters} sort="nama" label="Unit" className={CELL} />
            <SortHeader
              path={path}
              filters={filters}
              sort="ikm"
              label="IKM dan mutu"
              className={CELL}
            />
            <SortHeader
              path={path}
              filters={filters}
              sort="responden"
              label="Responden"
              className={NUMBER_CELL}
            />
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <UnitRow
              key={unit.slug}
              unit={unit}
              href={unitHref(unit.slug)}
              showAgency={showAgency}
            />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
