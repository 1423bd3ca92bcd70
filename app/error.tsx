"use client";

import Link from "next/link";

/** Shown when a page fails on the server: plain words, a way back, nothing technical. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-4">
      <title>Terjadi gangguan – SIMASKOT</title>
      <h1 className="text-2xl font-bold">Maaf, halaman ini sedang bermasalah</h1>
      <p>
        Ada gangguan di server kami. Jika Anda sedang mengisi survei, jawaban yang belum terkirim
        tidak tersimpan; silakan coba lagi sebentar lagi.
      </p>
      <div className="flex flex-wrap gap-4">
        <button
          type="button"
          onClick={reset}
          className="min-h-11 rounded bg-brand-700 px-5 font-bold text-white hover:bg-brand-800"
        >
          Coba lagi
        </button>
        <Link href="/" className="tap-target">
          Kembali ke beranda
        </Link>
      </div>
    </div>
  );
}
