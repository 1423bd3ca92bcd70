import Link from "next/link";

import { GradeBadge } from "@/components/grade-badge";
import { ScrollRegion } from "@/components/results/scroll-region";
import { type DashboardFilters, dashboardQuery, sortedBy } from "@/lib/dashboard/filters";
import { formatInteger, formatScore } from "@/lib/format/number";
import type { RankedUnit, RankingSort } from "@/lib/results/queries";

import { BreakableText } from "@/components/breakable-text";
import { NUMBER_CELL } from "./data-table";

// Phones get two columns: the rank goes before the unit's name and the respondents under it,
// and the grade's word may wrap under its letter, so that the IKM and grade are never cut.
const TIGHT = "border-b border-line px-2 py-2 align-top sm:px-3";
const RANK = `${TIGHT} hidden text-right sm:table-cell`;
const WIDE_ONLY = "hidden sm:table-cell";
const WORDS = { asc: "naik", desc: "turun" } as const;
const SORT_NAMES: Record<RankingSort, string> = {
  ikm: "IKM",
  nama: "Nama unit",
  responden: "Responden",
};

function sortHref(path: string, filters: DashboardFilters, sort: RankingSort): string {
  return `${path}${dashboardQuery(sortedBy(filters, sort))}#unit`;
}

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
        href={sortHref(path, filters, sort)}
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

/** On phones the respondents column is folded away: its order is offered here instead. */
function PhoneSortLinks({ path, filters }: { path: string; filters: DashboardFilters }) {
  return (
    <nav aria-labelledby="urutan-peringkat" className="sm:hidden">
      <p id="urutan-peringkat">Urutkan menurut</p>
      <ul className="flex flex-wrap gap-x-5">
        {(Object.keys(SORT_NAMES) as RankingSort[]).map((sort) => (
          <li key={sort}>
            <Link
              href={sortHref(path, filters, sort)}
              aria-current={filters.sort === sort ? "true" : undefined}
              className="inline-block py-2 aria-[current]:font-semibold"
            >
              {SORT_NAMES[sort]}
              {filters.sort === sort && (
                <span aria-hidden="true">{filters.direction === "asc" ? " ▲" : " ▼"}</span>
              )}
              {filters.sort === sort && (
                <span className="sr-only">, urut {WORDS[filters.direction]}; ubah urutan</span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Representative({ unit }: { unit: RankedUnit }) {
  if (unit.representative !== false) return null;
  return <span className="block text-danger">belum representatif</span>;
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
      <th scope="row" className={`${TIGHT} text-left font-normal wrap-anywhere`}>
        {unit.rank !== null && (
          <span className="sm:hidden">
            <span className="sr-only">Peringkat </span>
            {unit.rank}.{" "}
          </span>
        )}
        <Link href={href}>
          <BreakableText text={unit.name} />
        </Link>
        <span className="block text-muted">
          {showAgency && `${unit.agencyShortName} · `}
          {unit.regencyName}
        </span>
        <span className="block sm:hidden">
          {formatInteger(unit.respondents)}
          {unit.minimumSample !== null && ` dari minimal ${formatInteger(unit.minimumSample)}`}{" "}
          responden
          <Representative unit={unit} />
        </span>
      </th>
      {unit.ikm === null || unit.grade === null ? (
        <td className={`${TIGHT} text-left`}>
          {unit.respondents > 0
            ? "Tidak ditampilkan: kurang dari 5 penilaian dalam pilihan ini"
            : "Belum ada penilaian"}
        </td>
      ) : (
        <td className={`${TIGHT} text-left`}>
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1 *:last:whitespace-normal">
            <span className="font-semibold">{formatScore(unit.ikm)}</span>
            <GradeBadge grade={unit.grade} />
          </span>
        </td>
      )}
      <td className={`${NUMBER_CELL} ${WIDE_ONLY} whitespace-nowrap`}>
        {formatInteger(unit.respondents)}
        {unit.minimumSample !== null && (
          <span className="text-muted"> dari minimal {formatInteger(unit.minimumSample)}</span>
        )}
        <Representative unit={unit} />
      </td>
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
    <div className="space-y-2">
      <PhoneSortLinks path={path} filters={filters} />
      <ScrollRegion label={caption}>
        <table className="w-full border-collapse">
          <caption className="py-2 text-left font-semibold">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={RANK}>
                Pering&shy;kat
              </th>
              <SortHeader
                path={path}
                filters={filters}
                sort="nama"
                label="Unit"
                className={`${TIGHT} text-left`}
              />
              <SortHeader
                path={path}
                filters={filters}
                sort="ikm"
                label="IKM dan mutu"
                className={`${TIGHT} w-28 text-left sm:w-auto`}
              />
              <SortHeader
                path={path}
                filters={filters}
                sort="responden"
                label="Responden"
                className={`${NUMBER_CELL} ${WIDE_ONLY}`}
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
    </div>
  );
}
