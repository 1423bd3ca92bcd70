import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="bg-brand-700 text-white">
      {/* Each link is a 44 px target, so the bar needs little padding of its own; on phones the
          menu wraps under the name as a second row of the same height. */}
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 px-4 py-0.5 group-has-data-wide/page:max-w-7xl sm:py-1.5">
        <Link
          href="/"
          className="tap-target text-lg font-bold text-white no-underline hover:text-white"
        >
          <span>
            SIMASKOT <span className="font-normal">NTB</span>
          </span>
        </Link>
        <nav aria-label="Menu utama">
          <ul className="flex flex-wrap gap-x-5">
            <li>
              <Link href="/peringkat" className="tap-target text-white hover:text-brand-100">
                Peringkat
              </Link>
            </li>
            <li>
              <Link href="/metodologi" className="tap-target text-white hover:text-brand-100">
                Cara menghitung
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
