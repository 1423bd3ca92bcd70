import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";

import { SurveyForm, type SurveyQuestion } from "@/components/survey/survey-form";
import { formatDay } from "@/lib/format/date";
import { pageTitle } from "@/lib/page-title";
import { submitSurvey } from "@/lib/survey/actions";
import { newFormTicket } from "@/lib/survey/fields";
import { findSurveyForm } from "@/lib/survey/queries";
import { SENT_COOKIE } from "@/lib/survey/sent-cookie";

type Params = { unit: string };
type Search = { layanan?: string; sumber?: string; baru?: string };

export default async function SurveyPage({
  params,
  searchParams,
}: {
  params: Promise<Params>;
  searchParams: Promise<Search>;
}) {
  const [{ unit: slug }, search] = await Promise.all([params, searchParams]);
  const form = await findSurveyForm({ unitSlug: slug });
  if (!form) notFound();

  const { unit, survey } = form;
  const title = pageTitle(`Survei ${unit.name}`);
  const heading = (
    <header className="mb-6">
      <p className="text-muted">{unit.agencyName}</p>
      <h1 className="text-2xl font-bold">{unit.name}</h1>
    </header>
  );

  if (!survey) {
    return (
      <>
        <title>{title}</title>
        {heading}
        <p className="text-lg">
          Survei untuk unit ini sedang tidak dibuka. Silakan kembali pada periode survei berikutnya.
        </p>
        <p className="mt-4">
          <Link href={`/unit/${unit.slug}`}>Lihat hasil survei unit ini</Link>
        </p>
      </>
    );
  }

  const sent = (await cookies()).get(SENT_COOKIE)?.value === String(survey.id);
  if (sent && search.baru !== "1") {
    return (
      <>
        <title>{pageTitle(`Penilaian sudah terkirim – ${unit.name}`)}</title>
        {heading}
        <div className="rounded border-4 border-ok p-5">
          <h2 className="text-xl font-bold">Penilaian Anda sudah terkirim</h2>
          <p className="mt-2">Terima kasih. Penilaian yang sama tidak perlu dikirim lagi.</p>
        </div>
        <p className="mt-6">
          <Link href={`/unit/${unit.slug}`}>Lihat hasil survei unit ini</Link>
        </p>
        <p className="mt-3">
          Dilayani lagi di kunjungan lain?{" "}
          <Link href={`/survei/${unit.slug}?baru=1`}>Isi penilaian baru</Link>
        </p>
      </>
    );
  }

  const questions: SurveyQuestion[] = form.elements.map((element) => ({
    code: element.code,
    question: element.question,
    labels: [element.label1, element.label2, element.label3, element.label4],
  }));

  return (
    <>
      {heading}
      <div className="mb-8 space-y-2 rounded bg-brand-50 p-4">
        <p>
          Survei kepuasan {survey.name} ({formatDay(survey.startDate)} – {formatDay(survey.endDate)}
          ). Mengisinya sekitar 2 menit.
        </p>
        <p>
          Survei ini anonim: kami tidak menanyakan nama, NIK, atau nomor telepon Anda. Ada 9
          pertanyaan penilaian, lalu beberapa pertanyaan opsional.
        </p>
      </div>
      <SurveyForm
        action={submitSurvey.bind(null, unit.slug)}
        title={title}
        surveyId={survey.id}
        {...newFormTicket()}
        source={search.sumber === "qr" ? "qr" : "web"}
        services={unit.services}
        selectedService={search.layanan}
        questions={questions}
      />
    </>
  );
}
