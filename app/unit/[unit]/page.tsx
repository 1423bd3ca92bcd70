import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";

import { ActionLink } from "@/components/action-link";
import { PeriodForm } from "@/components/results/period-form";
import { UnitResultSection } from "@/components/results/unit-result-section";
import { UnpublishedPeriod } from "@/components/results/unpublished-period";
import { findUnitBySlug } from "@/lib/directory/queries";
import { pageTitle } from "@/lib/page-title";
import { chooseSurvey } from "@/lib/results/public-periods";
import { firstValue } from "@/lib/text";

type Props = {
  params: Promise<{ unit: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadUnit = cache(async (slug: string) => {
  await connection();
  const unit = await findUnitBySlug({ slug });
  if (!unit) notFound();
  return unit;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = await loadUnit((await params).unit);
  return {
    title: pageTitle(unit.name),
    description: `Hasil Survei Kepuasan Masyarakat ${unit.name}, ${unit.agency.name}.`,
  };
}

export default async function UnitPage({ params, searchParams }: Props) {
  const unit = await loadUnit((await params).unit);
  const choice = await chooseSurvey({ slug: firstValue((await searchParams).periode) });
  if (choice.kind === "unknown") notFound();
  const here = `/unit/${unit.slug}`;

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{unit.name}</h1>
        <p>
          {unit.agency.name}
          <br />
          {unit.regency.name}
        </p>
        <div className="space-y-2">
          <p>Sudah dilayani di sini? Beri penilaian Anda: sekitar 2 menit, tanpa nama.</p>
          <ActionLink href={`/survei/${unit.slug}`}>Isi survei</ActionLink>
        </div>
      </header>
      {choice.kind === "none" && <p>Belum ada periode survei yang hasilnya bisa ditampilkan.</p>}
      {choice.kind === "unpublished" && (
        <>
          <UnpublishedPeriod survey={choice.survey} latestHref={here} />
          <PeriodForm action={here} periods={choice.periods} />
        </>
      )}
      {choice.kind === "shown" && (
        <>
          <PeriodForm action={here} periods={choice.periods} selected={choice.survey.slug} />
          <UnitResultSection unit={unit} survey={choice.survey} />
          <p>
            <Link
              href={`/peringkat?periode=${encodeURIComponent(choice.survey.slug)}`}
              className="tap-target"
            >
              Lihat peringkat semua unit pada {choice.survey.name}
            </Link>
          </p>
        </>
      )}
    </article>
  );
}
