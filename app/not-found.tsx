import Link from "next/link";

import { DashboardNotFound } from "@/components/dashboard/dashboard-not-found";
import { SearchForm } from "@/components/directory/search-form";
import { isOfficialsNotFound } from "@/lib/auth/not-found";
import { pageTitle } from "@/lib/page-title";

// The title is rendered by the page itself: Next.js renders no metadata for the not-found page
// it answers a form posted without JavaScript with (lib/auth/not-found.ts).
export default async function NotFound() {
  if (await isOfficialsNotFound()) return <DashboardNotFound />;
  return (
    <div className="space-y-6">
      <title>{pageTitle("Halaman tidak ditemukan")}</title>
      <h1 className="text-3xl font-bold">Halaman tidak ditemukan</h1>
      <p>
        Alamat yang Anda buka tidak ada, atau sudah berubah. Periksa lagi ejaannya. Jika Anda
        memindai kode QR di loket, cari nama unitnya di bawah ini.
      </p>
      <SearchForm />
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <Link href="/" className="tap-target">
            Ke halaman utama
          </Link>
        </li>
        <li>
          <Link href="/peringkat" className="tap-target">
            Lihat peringkat unit layanan
          </Link>
        </li>
      </ul>
    </div>
  );
}
