import { MAX_QUERY_LENGTH } from "@/lib/directory/search-terms";

/** A plain GET form to `/?q=`: works before and without JavaScript. */
export function SearchForm({ query = "" }: { query?: string }) {
  return (
    <form action="/" method="get" role="search" className="space-y-2">
      <label htmlFor="q" className="block font-semibold">
        Cari unit layanan
      </label>
      <p id="q-hint" className="text-muted">
        Ketik nama unit, perangkat daerah, kabupaten/kota, atau layanan, misalnya samsat mataram
        atau legalisir ijazah.
      </p>
      <div className="flex flex-wrap gap-2">
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query}
          aria-describedby="q-hint"
          enterKeyHint="search"
          autoComplete="off"
          maxLength={MAX_QUERY_LENGTH}
          className="min-h-11 min-w-0 flex-1 basis-48 rounded border-2 border-ink px-3 py-2 text-base"
        />
        <button
          type="submit"
          className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Cari
        </button>
      </div>
    </form>
  );
}
