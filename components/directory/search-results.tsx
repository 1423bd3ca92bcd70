import type { DirectorySearch } from "@/lib/directory/queries";
import { formatInteger } from "@/lib/format/number";

import { ActionLink } from "../action-link";

function summaryOf({ units, total }: DirectorySearch, query: string): string {
  if (total === 0) return `Tidak ada unit yang cocok dengan “${query}”.`;
  if (units.length < total) {
    return `${formatInteger(total)} unit cocok dengan “${query}”; ${formatInteger(units.length)} teratas ditampilkan.`;
  }
  return `${formatInteger(total)} unit cocok dengan “${query}”.`;
}

export function SearchResults({ search, query }: { search: DirectorySearch; query: string }) {
  return (
    <section aria-labelledby="hasil-pencarian" className="space-y-4">
      <h2 id="hasil-pencarian" className="text-xl font-bold">
        Hasil pencarian
      </h2>
      <p role="status" className="wrap-anywhere">
        {summaryOf(search, query)}
      </p>
      {search.total === 0 && (
        <p>Coba kata lain, misalnya nama kota, jenis layanan, atau singkatan perangkat daerah.</p>
      )}
      {search.units.length < search.total && (
        <p>Tambahkan kata lain agar hasilnya lebih sedikit.</p>
      )}
      <ul className="space-y-3">
        {search.units.map((unit) => (
          <li key={unit.slug} className="rounded border border-line p-4">
            <h3 className="text-lg font-semibold">{unit.name}</h3>
            <p className="text-muted">
              {unit.agencyShortName} · {unit.regencyName}
            </p>
            <div className="mt-3 flex flex-wrap gap-3">
              <ActionLink href={`/survei/${unit.slug}`}>
                Isi survei<span className="sr-only"> {unit.name}</span>
              </ActionLink>
              <ActionLink href={`/unit/${unit.slug}`} variant="secondary">
                Lihat hasil<span className="sr-only"> {unit.name}</span>
              </ActionLink>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
