import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { currentOfficial } from "@/lib/dashboard/page";
import { pageTitle } from "@/lib/page-title";

type Props = { params: Promise<{ alamat: string[] }> };

// The not-found page's own title is not applied to a page that only ever answers 404.
export const metadata: Metadata = { title: pageTitle("Dasbor tidak ditemukan") };

/**
 * Any other address under /dasbor: officials get the dashboards' own not-found page (the
 * public one speaks of QR codes), and a visitor who is signed out is asked to sign in first,
 * as on every dashboard, so that nothing tells which addresses exist.
 */
export default async function UnknownDashboardPage({ params }: Props) {
  const { alamat } = await params;
  await currentOfficial(`/dasbor/${alamat.map(encodeURIComponent).join("/")}`);
  notFound();
}
