import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 group-has-data-wide/page:max-w-7xl">
        <Link href="/" className="text-lg font-bold text-white no-underline hover:text-white">
          SIMASKOT <span className="font-normal">NTB</span>
        </Link>
        <nav aria-label="Menu utama">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            <li>
              <Link href="/peringkat" className="text-white hover:text-brand-100">
                Peringkat
              </Link>
            </li>
            <li>
              <Link href="/metodologi" className="text-white hover:text-brand-100">
                Cara menghitung
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
