import type { DirectorySearch } from "@/lib/directory/queries";
import { formatInteger } from "@/lib/format/number";

import { ActionLink } from "../action-link";
import { SearchPages } from "./search-pages";

function summaryOf({ units, total, pages, start }: DirectorySearch, query: string): string {
  if (total === 0) return `Tidak ada unit yang cocok dengan “${query}”.`;
  const found = `${formatInteger(total)} unit cocok dengan “${query}”`;
  if (pages === 1) return `${found}.`;
  const first = formatInteger(start + 1);
  const last = formatInteger(start + units.length);
  return `${found}; ditampilkan unit ${first}–${last}.`;
}

/** `query` is what was typed, shown back (with "…" when cut); `searchText` is what was searched. */
export function SearchResults({
  search,
  query,
  searchText,
}: {
  search: DirectorySearch;
  query: string;
  searchText: string;
}) {
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
      {search.pages > 1 && (
        <p>Tambahkan kata lain agar hasilnya lebih sedikit, atau buka halaman berikutnya.</p>
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
      <SearchPages query={searchText} page={search.page} pages={search.pages} />
    </section>
  );
}
