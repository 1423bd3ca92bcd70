import Link from "next/link";

import { pageTitle } from "@/lib/page-title";

type Unit = { slug: string; name: string };

/**
 * No period is open. When the page answers a form that was refused because its period closed
 * (refused), it says so: the person must know that their answer was not stored.
 */
export function SurveyNotOpen({ unit, refused }: { unit: Unit; refused: boolean }) {
  const title = pageTitle(`Survei ${unit.name}`);
  return (
    <>
      <title>{refused ? `Kesalahan: ${title}` : title}</title>
      {refused ? (
        <div role="alert" className="border-4 border-danger p-4">
          <h2 className="mb-2 text-xl font-bold">Penilaian Anda belum tersimpan</h2>
          <p>
            Periode survei yang Anda isi sudah ditutup sebelum penilaian Anda terkirim, dan belum
            ada periode baru yang dibuka. Silakan kembali pada periode survei berikutnya.
          </p>
        </div>
      ) : (
        <p className="text-lg">
          Survei untuk unit ini sedang tidak dibuka. Silakan kembali pada periode survei berikutnya.
        </p>
      )}
      <p className="mt-4">
        <Link href={`/unit/${unit.slug}`} className="tap-target">
          Lihat hasil survei unit ini
        </Link>
      </p>
    </>
  );
}

/** Back or reload after sending: no second form for the same visit, but a way to a new one. */
export function AlreadySent({ unit }: { unit: Unit }) {
  return (
    <>
      <title>{pageTitle(`Penilaian sudah terkirim – ${unit.name}`)}</title>
      <div className="rounded border-4 border-ok p-5">
        <h2 className="text-xl font-bold">Penilaian Anda sudah terkirim</h2>
        <p className="mt-2">Terima kasih. Penilaian yang sama tidak perlu dikirim lagi.</p>
      </div>
      <p className="mt-6">
        <Link href={`/unit/${unit.slug}`} className="tap-target">
          Lihat hasil survei unit ini
        </Link>
      </p>
      <p className="mt-3">
        Dilayani lagi di kunjungan lain?{" "}
        <Link href={`/survei/${unit.slug}?baru=1`} className="tap-target">
          Isi penilaian baru
        </Link>
      </p>
    </>
  );
}
