import Link from "next/link";

import type { RankingSort } from "@/lib/results/queries";
import { type RankingParams, rankingHref } from "@/lib/results/ranking-params";

const KEYS: Array<{ sort: RankingSort; label: string }> = [
  { sort: "ikm", label: "IKM" },
  { sort: "responden", label: "responden" },
  { sort: "nama", label: "nama" },
];

const WORDS = { asc: "naik", desc: "turun" } as const;

/**
 * On phones the respondents share the unit's cell, so their column header (and its sorting) is
 * not there: these links offer every order. Wider screens sort by the column headers.
 */
export function RankingSortLinks({ params }: { params: RankingParams }) {
  return (
    <nav aria-label="Urutan tabel" className="sm:hidden">
      <p className="flex flex-wrap items-center gap-x-3">
        <span>Urutkan:</span>
        {KEYS.map(({ sort, label }) => {
          const active = params.sort === sort;
          return (
            <Link
              key={sort}
              href={rankingHref(params, sort)}
              aria-current={active ? "true" : undefined}
              className="inline-flex min-h-11 items-center gap-1 aria-[current]:font-bold"
            >
              {label}
              {active && <span aria-hidden="true">{params.direction === "asc" ? "▲" : "▼"}</span>}
              {active && <span className="sr-only">, urut {WORDS[params.direction]}</span>}
            </Link>
          );
        })}
      </p>
    </nav>
  );
}
