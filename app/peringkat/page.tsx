import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";

import { PooledFigures } from "@/components/results/pooled-figures";
import { RankingFilter } from "@/components/results/ranking-filter";
import { RankingSection } from "@/components/results/ranking-section";
import { SurveyPeriod } from "@/components/results/survey-period";
import { UnpublishedPeriod } from "@/components/results/unpublished-period";
import { listAgencies } from "@/lib/directory/queries";
import { pageTitle } from "@/lib/page-title";
import { chooseSurvey } from "@/lib/results/public-periods";
import { parseRankingParams } from "@/lib/results/ranking-params";

export const metadata: Metadata = {
  title: pageTitle("Peringkat unit layanan"),
  description: "Peringkat Indeks Kepuasan Masyarakat unit layanan Provinsi Nusa Tenggara Barat.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RankingPage({ searchParams }: Props) {
  await connection();
  const params = parseRankingParams(await searchParams);
  const [choice, agencies] = await Promise.all([
    chooseSurvey({ slug: params.periode }),
    listAgencies(),
  ]);
  const agency = agencies.find((candidate) => candidate.slug === params.opd);
  if (choice.kind === "unknown" || (params.opd !== undefined && !agency)) notFound();

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Peringkat unit layanan</h1>
      {choice.kind === "none" && <p>Belum ada periode survei yang hasilnya bisa ditampilkan.</p>}
      {choice.kind === "unpublished" && (
        <>
          <UnpublishedPeriod survey={choice.survey} latestHref="/peringkat" />
          <RankingFilter agencies={agencies} periods={choice.periods} params={params} />
        </>
      )}
      {choice.kind === "shown" && (
        <>
          <SurveyPeriod survey={choice.survey} />
          <RankingFilter
            agencies={agencies}
            periods={choice.periods}
            periodSlug={choice.survey.slug}
            params={params}
          />
          <PooledFigures survey={choice.survey} agency={agency} />
          <RankingSection survey={choice.survey} params={params} agencyName={agency?.shortName} />
        </>
      )}
    </div>
  );
}
