import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";

import { AgencyFilter } from "@/components/results/agency-filter";
import { PooledFigures } from "@/components/results/pooled-figures";
import { RankingTable } from "@/components/results/ranking-table";
import { SurveyPeriod } from "@/components/results/survey-period";
import { listAgencies } from "@/lib/directory/queries";
import { pageTitle } from "@/lib/page-title";
import { rankUnits } from "@/lib/results/queries";
import { parseRankingParams, type RankingParams } from "@/lib/results/ranking-params";
import { chooseSurvey } from "@/lib/results/survey-choice";

export const metadata: Metadata = {
  title: pageTitle("Peringkat unit layanan"),
  description: "Peringkat Indeks Kepuasan Masyarakat unit layanan Provinsi Nusa Tenggara Barat.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RankingPage({ searchParams }: Props) {
  await connection();
  const params = parseRankingParams(await searchParams);
  const [survey, agencies] = await Promise.all([
    chooseSurvey({ slug: params.periode }),
    listAgencies(),
  ]);
  const agency = agencies.find((candidate) => candidate.slug === params.opd);
  if ((params.periode && !survey) || (params.opd && !agency)) notFound();

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Peringkat unit layanan</h1>
      {survey ? (
        <>
          <SurveyPeriod survey={survey} />
          <AgencyFilter agencies={agencies} params={params} />
          <PooledFigures survey={survey} agency={agency} />
          <RankingSection
            surveyId={survey.id}
            surveyName={survey.name}
            params={params}
            agencyName={agency?.shortName}
          />
        </>
      ) : (
        <p>Belum ada periode survei yang hasilnya bisa ditampilkan.</p>
      )}
    </div>
  );
}

async function RankingSection({
  surveyId,
  surveyName,
  agencyName,
  params,
}: {
  surveyId: number;
  surveyName: string;
  agencyName?: string;
  params: RankingParams;
}) {
  const units = await rankUnits({
    surveyId,
    agencySlug: params.opd,
    sort: params.sort,
    direction: params.direction,
  });
  const scope = agencyName ? `unit ${agencyName}` : "unit layanan Provinsi NTB";
  const caption = `Peringkat ${scope}, ${surveyName}`;
  return (
    <div className="space-y-3">
      <h2 className="text-xl font-bold">{caption}</h2>
      <RankingTable units={units} params={params} caption={caption} />
      <div className="space-y-2">
        <p>
          Peringkat disusun menurut IKM; unit dengan IKM sama mendapat peringkat yang sama. Unit
          yang belum dinilai ada di bagian bawah tanpa peringkat.
        </p>
        <p>
          Angka {agencyName ?? "provinsi"} di atas tabel menggabungkan semua jawaban dari
          unit-unitnya, bukan rata-rata IKM unit, sehingga bisa berbeda dari rata-rata angka di
          tabel. <Link href="/metodologi#gabungan">Baca cara menghitungnya</Link>.
        </p>
        <p>
          Unit yang belum mengisi perkiraan jumlah pengguna layanan belum punya jumlah responden
          minimal, sehingga belum bisa dinilai representatif atau tidak.
        </p>
      </div>
    </div>
  );
}
