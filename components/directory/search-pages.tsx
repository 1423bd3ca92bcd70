import Link from "next/link";

const TARGET =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded px-3 font-semibold";

function pageAddress(query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("halaman", String(page));
  return `/?${params}#hasil-pencarian`;
}

/**
 * Links to every page of a search's results: plain GET addresses (`/?q=…&halaman=2`), so they
 * work without JavaScript; each lands on the results, not the top of the page.
 */
export function SearchPages({
  query,
  page,
  pages,
}: {
  query: string;
  page: number;
  pages: number;
}) {
  if (pages <= 1) return null;
  const numbers = Array.from({ length: pages }, (_, index) => index + 1);
  return (
    <nav aria-label="Halaman hasil pencarian">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={pageAddress(query, page - 1)} prefetch={false} className={TARGET}>
              <span aria-hidden="true">‹&nbsp;</span>Sebelumnya
            </Link>
          </li>
        )}
        {numbers.map((number) => (
          <li key={number}>
            {number === page ? (
              <span aria-current="page" className={`${TARGET} bg-brand-700 text-white`}>
                <span className="sr-only">Halaman </span>
                {number}
              </span>
            ) : (
              <Link
                href={pageAddress(query, number)}
                prefetch={false}
                className={`${TARGET} border-2 border-brand-700`}
              >
                <span className="sr-only">Halaman </span>
                {number}
              </Link>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <Link href={pageAddress(query, page + 1)} prefetch={false} className={TARGET}>
              Berikutnya<span aria-hidden="true">&nbsp;›</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
