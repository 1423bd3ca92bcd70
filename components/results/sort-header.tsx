import Link from "next/link";
import type { ReactNode } from "react";

import { type RankingParams, rankingHref } from "@/lib/results/ranking-params";
import type { RankingSort } from "@/lib/results/queries";

const WORDS = { asc: "naik", desc: "turun" } as const;

/** A column header that sorts the table through the address, so it works without JavaScript. */
export function SortHeader({
  params,
  sort,
  label,
  className = "",
}: {
  params: RankingParams;
  sort: RankingSort;
  label: ReactNode;
  className?: string;
}) {
  const active = params.sort === sort;
  const ariaSort = active ? (params.direction === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <Link
        href={rankingHref(params, sort)}
        className="inline-flex min-h-11 items-center gap-1 font-semibold"
      >
        {label}
        {active && <span aria-hidden="true">{params.direction === "asc" ? "▲" : "▼"}</span>}
        <span className="sr-only">
          {active ? `, urut ${WORDS[params.direction]}; ubah urutan` : ", urutkan"}
        </span>
      </Link>
    </th>
  );
}
