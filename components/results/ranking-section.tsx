import Link from "next/link";

import type { Survey } from "@/db/schema";
import { rankUnits } from "@/lib/results/queries";
import type { RankingParams } from "@/lib/results/ranking-params";

import { RankingTable } from "./ranking-table";
import { MinimumUnknownNote } from "./sample-flag";

/** The ranking of one period, with the notes that its numbers need. */
export async function RankingSection({
  survey,
  agencyName,
  params,
}: {
  survey: Survey;
  agencyName?: string;
  params: RankingParams;
}) {
  const units = await rankUnits({
    surveyId: survey.id,
    agencySlug: params.opd,
    sort: params.sort,
    direction: params.direction,
  });
  const scope = agencyName ? `unit ${agencyName}` : "unit layanan Provinsi NTB";
  const caption = `Peringkat ${scope}, ${survey.name}`;
  return (
    <div className="space-y-3">
      <h2 className="text-xl font-bold">{caption}</h2>
      <RankingTable units={units} params={params} caption={caption} periodSlug={survey.slug} />
      <div className="space-y-2">
        <p>
          Peringkat disusun menurut IKM; unit dengan IKM sama mendapat peringkat yang sama. Unit
          yang belum dinilai ada di bagian bawah tanpa peringkat.
        </p>
        <MinimumUnknownNote units={units} />
        <p>
          Angka {agencyName ?? "provinsi"} di atas tabel menggabungkan semua jawaban dari
          unit-unitnya, bukan rata-rata IKM unit, sehingga bisa berbeda dari rata-rata angka di
          tabel. <Link href="/metodologi#gabungan">Baca cara menghitungnya</Link>.
        </p>
      </div>
    </div>
  );
}
