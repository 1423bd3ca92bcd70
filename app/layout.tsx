import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

import "./globals.css";

export const metadata: Metadata = {
  description:
    "Survei Kepuasan Masyarakat Provinsi Nusa Tenggara Barat: nilai layanan yang Anda terima " +
    "dan lihat hasilnya.",
  applicationName: "SIMASKOT",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#084b8f",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      {/* Pages holding [data-wide] (the officials' dashboards) use a desk's width. */}
      <body className="group/page flex min-h-screen flex-col">
        <a
          href="#konten"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:p-3"
        >
          Langsung ke konten
        </a>
        <SiteHeader />
        <main
          id="konten"
          tabIndex={-1}
          className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 has-data-wide:max-w-7xl"
        >
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
