import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { formatDay } from "@/lib/format/date";
import { formatInteger } from "@/lib/format/number";
import { pageTitle } from "@/lib/page-title";
import { findOpenSurvey } from "@/lib/periods/queries";
import { countUnitRespondents } from "@/lib/survey/counts";
import { findSurveyUnit } from "@/lib/survey/queries";

export const metadata: Metadata = { title: pageTitle("Penilaian terkirim") };

export default async function ThankYouPage({ params }: { params: Promise<{ unit: string }> }) {
  const { unit: slug } = await params;
  const unit = await findSurveyUnit({ unitSlug: slug });
  if (!unit) notFound();

  const survey = await findOpenSurvey();
  const respondents = survey
    ? await countUnitRespondents({ surveyId: survey.id, unitId: unit.id })
    : null;

  return (
    <>
      <div className="rounded bg-ok p-6 text-center text-white">
        <h1 className="text-2xl font-bold">Penilaian Anda sudah terkirim</h1>
        <p className="mt-2 text-lg">Terima kasih telah menilai {unit.name}.</p>
        {respondents !== null && (
          <p className="mt-2 text-lg">
            <span data-testid="jumlah-responden" className="font-bold">
              {formatInteger(respondents)}
            </span>{" "}
            orang sudah menilai unit ini pada {survey!.name}.
          </p>
        )}
      </div>

      <h2 className="mt-8 text-xl font-bold">Apa selanjutnya</h2>
      <p className="mt-2">
        Penilaian dihitung menjadi Indeks Kepuasan Masyarakat (IKM) unit ini.
        {survey && (
          <>
            {" "}
            Hasil resmi {survey.name} diterbitkan setelah periode berakhir pada{" "}
            {formatDay(survey.endDate)}.{" "}
          </>
        )}
        Hasil sementara bisa dilihat kapan saja di{" "}
        <Link href={`/unit/${unit.slug}`}>halaman hasil {unit.name}</Link>.
      </p>
      <p className="mt-4">
        Punya pengaduan yang perlu dijawab? Sampaikan lewat{" "}
        <a href="https://www.lapor.go.id">SP4N-LAPOR!</a> atau{" "}
        <a href="https://ntbcare.ntbprov.go.id">NTB Care</a>.
      </p>
      <p className="mt-4">
        <Link href="/">Kembali ke beranda</Link>
      </p>
    </>
  );
}
