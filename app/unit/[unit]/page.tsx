import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";

import { ActionLink } from "@/components/action-link";
import { UnitResultSection } from "@/components/results/unit-result-section";
import { findUnitBySlug } from "@/lib/directory/queries";
import { pageTitle } from "@/lib/page-title";
import { chooseSurvey } from "@/lib/results/survey-choice";

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
  const { periode } = await searchParams;
  const slug = typeof periode === "string" && periode !== "" ? periode : undefined;
  const survey = await chooseSurvey({ slug });
  if (slug && !survey) notFound();

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
      {survey ? (
        <UnitResultSection unit={unit} survey={survey} />
      ) : (
        <p>Belum ada periode survei yang hasilnya bisa ditampilkan.</p>
      )}
    </article>
  );
}
