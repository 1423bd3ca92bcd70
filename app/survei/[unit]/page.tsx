import { cookies } from "next/headers";
import { notFound } from "next/navigation";

import { SurveyForm, type SurveyQuestion } from "@/components/survey/survey-form";
import { AlreadySent, SurveyNotOpen } from "@/components/survey/survey-notices";
import { formatDay } from "@/lib/format/date";
import { pageTitle } from "@/lib/page-title";
import { submitSurvey } from "@/lib/survey/actions";
import { newFormTicket } from "@/lib/survey/fields";
import { findSurveyForm } from "@/lib/survey/queries";
import { CLOSED_COOKIE, SENT_COOKIE } from "@/lib/survey/cookies";

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

  const cookieStore = await cookies();
  if (!survey) {
    // The action that refused a form because its period closed set this cookie: this page is
    // its answer.
    const refused = cookieStore.has(CLOSED_COOKIE);
    return (
      <>
        {heading}
        <SurveyNotOpen unit={unit} refused={refused} />
      </>
    );
  }

  const sent = cookieStore.get(SENT_COOKIE)?.value === String(survey.id);
  if (sent && search.baru !== "1") {
    return (
      <>
        {heading}
        <AlreadySent unit={unit} />
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
        unitSlug={unit.slug}
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
