import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

import { SignOutButton } from "@/components/auth/sign-out-button";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The officials' part of the portal. Each page checks the signed-in official itself. */
export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line pb-3">
        <nav aria-label="Menu dasbor">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            <li>
              <Link href="/dasbor">Dasbor saya</Link>
            </li>
          </ul>
        </nav>
        <SignOutButton />
      </div>
      {children}
    </div>
  );
}
