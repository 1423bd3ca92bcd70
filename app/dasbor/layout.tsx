import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

import { SignOutButton } from "@/components/auth/sign-out-button";
import { getOfficial } from "@/lib/auth/session";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The officials' part of the portal. Each page checks the signed-in official itself. */
const ROLE_NAMES = {
  admin_provinsi: "admin provinsi",
  pimpinan: "pimpinan",
  admin_opd: "admin OPD",
  operator_unit: "operator unit",
} as const;

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const official = await getOfficial();
  return (
    <div data-wide className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line pb-3">
        <nav aria-label="Menu dasbor">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            <li>
              <Link href="/dasbor">Dasbor saya</Link>
            </li>
          </ul>
        </nav>
        {official && (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-muted">
              Masuk sebagai <strong className="text-ink">{official.name}</strong> (
              {ROLE_NAMES[official.role]})
            </p>
            <SignOutButton />
          </div>
        )}
      </div>
      {children}
    </div>
  );
}
