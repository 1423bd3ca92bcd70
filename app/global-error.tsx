"use client";

import Link from "next/link";

/** The last resort when even the layout fails: its own html, in Indonesian. */
export default function GlobalError() {
  return (
    <html lang="id">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "1.5rem", lineHeight: 1.5 }}>
        <title>Terjadi gangguan – SIMASKOT</title>
        <h1>Maaf, SIMASKOT sedang bermasalah</h1>
        <p>Ada gangguan di server kami. Silakan coba lagi sebentar lagi.</p>
        <p>
          <Link
            href="/"
            style={{ display: "inline-flex", alignItems: "center", minHeight: "2.75rem" }}
          >
            Kembali ke beranda
          </Link>
        </p>
      </body>
    </html>
  );
}
