import Link from "next/link";

import { pageTitle } from "@/lib/page-title";

export const DASHBOARD_NOT_FOUND_TITLE = pageTitle("Dasbor tidak ditemukan");

/**
 * Anything under /dasbor that does not exist or lies outside the official's scope, by address
 * or by a form posted by hand: the same words for both, so that the answer never tells which
 * units or agencies exist elsewhere. Its own <title>, since it is also rendered where no
 * metadata is: after a form's action refused, in the browser or on the server.
 */
export function DashboardNotFound() {
  return (
    <div className="max-w-3xl space-y-6">
      <title>{DASHBOARD_NOT_FOUND_TITLE}</title>
      <h1 className="text-3xl font-bold">Dasbor tidak ditemukan</h1>
      <p>
        Alamat ini tidak ada atau tidak termasuk cakupan akun Anda. Periksa alamatnya, atau pilih
        perangkat daerah, unit, dan layanan dari dasbor Anda sendiri.
      </p>
      <p>
        Jika Anda perlu melihat unit lain, mintalah akses kepada admin SIMASKOT di perangkat daerah
        Anda atau Biro Organisasi Setda NTB.
      </p>
      <p>
        <Link href="/dasbor">Kembali ke dasbor saya</Link>
      </p>
    </div>
  );
}
