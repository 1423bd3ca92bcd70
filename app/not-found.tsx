import type { Metadata } from "next";
import Link from "next/link";

import { SearchForm } from "@/components/directory/search-form";
import { pageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: pageTitle("Halaman tidak ditemukan") };

export default function NotFound() {
  return (
    <div className="space-y-6">
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
