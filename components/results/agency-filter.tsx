import { compareNames } from "@/lib/directory/collation";
import type { AgencySummary } from "@/lib/directory/queries";
import type { RankingParams } from "@/lib/results/ranking-params";

const DIRECTION_WORDS = { asc: "naik", desc: "turun" } as const;

/** A GET form that narrows the ranking to one agency; it keeps the chosen period and order. */
export function AgencyFilter({
  agencies,
  params,
}: {
  agencies: AgencySummary[];
  params: RankingParams;
}) {
  const byShortName = [...agencies].sort((a, b) => compareNames(a.shortName, b.shortName));
  return (
    <form action="/peringkat" method="get" className="space-y-2">
      {params.periode && <input type="hidden" name="periode" value={params.periode} />}
      <input type="hidden" name="urut" value={params.sort} />
      <input type="hidden" name="arah" value={DIRECTION_WORDS[params.direction]} />
      <label htmlFor="opd" className="block font-semibold">
        Perangkat daerah
      </label>
      <div className="flex flex-wrap gap-2">
        <select
          id="opd"
          name="opd"
          defaultValue={params.opd ?? ""}
          className="min-h-11 max-w-full min-w-0 flex-1 basis-60 rounded border-2 border-ink bg-white px-3 py-2 text-base"
        >
          <option value="">Semua perangkat daerah</option>
          {byShortName.map((agency) => (
            <option key={agency.slug} value={agency.slug}>
              {agency.shortName}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Tampilkan
        </button>
      </div>
    </form>
  );
}
