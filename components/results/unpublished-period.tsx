import Link from "next/link";

import type { Survey } from "@/db/schema";
import { formatDay } from "@/lib/format/date";

/** A closed period named in the address: its results are not public until announced. */
export function UnpublishedPeriod({ survey, latestHref }: { survey: Survey; latestHref: string }) {
  return (
    <div className="space-y-2 border-l-4 border-brand-700 bg-brand-50 px-4 py-3">
      <p className="text-lg font-semibold">Hasil {survey.name} belum diumumkan.</p>
      <p>
        Survei periode ini ({formatDay(survey.startDate)} – {formatDay(survey.endDate)}) sudah
        ditutup. Hasilnya sedang diperiksa dan tampil di sini setelah diumumkan resmi.
      </p>
      <p>
        <Link href={latestHref} className="tap-target">
          Lihat hasil periode terbaru
        </Link>
      </p>
    </div>
  );
}
