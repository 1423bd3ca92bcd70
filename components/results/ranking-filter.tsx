import type { Survey } from "@/db/schema";
import { compareNames } from "@/lib/directory/collation";
import type { AgencySummary } from "@/lib/directory/queries";
import type { RankingParams } from "@/lib/results/ranking-params";

import { ShowButton } from "./show-button";
import { PeriodSelect, SELECT_CLASS } from "./period-select";

const DIRECTION_WORDS = { asc: "naik", desc: "turun" } as const;

/**
 * A GET form that picks the period (when more than one is public) and narrows the ranking to
 * one agency; it keeps the chosen order.
 */
export function RankingFilter({
  agencies,
  periods,
  periodSlug,
  params,
}: {
  agencies: AgencySummary[];
  periods: Survey[];
  periodSlug?: string;
  params: RankingParams;
}) {
  const byShortName = [...agencies].sort((a, b) => compareNames(a.shortName, b.shortName));
  return (
    <form action="/peringkat" method="get" className="space-y-3">
      <input type="hidden" name="urut" value={params.sort} />
      <input type="hidden" name="arah" value={DIRECTION_WORDS[params.direction]} />
      <div className="grid gap-3 sm:grid-cols-2">
        {periods.length > 1 && <PeriodSelect periods={periods} selected={periodSlug} />}
        <div className="space-y-1">
          <label htmlFor="opd" className="block font-semibold">
            Perangkat daerah
          </label>
          <select id="opd" name="opd" defaultValue={params.opd ?? ""} className={SELECT_CLASS}>
            <option value="">Semua perangkat daerah</option>
            {byShortName.map((agency) => (
              <option key={agency.slug} value={agency.slug}>
                {agency.shortName}
              </option>
            ))}
          </select>
        </div>
      </div>
      {periods.length <= 1 && periodSlug && (
        <input type="hidden" name="periode" value={periodSlug} />
      )}
      <ShowButton />
    </form>
  );
}
