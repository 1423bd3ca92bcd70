"use client";

import type { FormState } from "@/lib/form-state";
import { elementField, FIELD } from "@/lib/survey/fields";
import { SUGGESTION_MAX_LENGTH } from "@/lib/survey/profile";

import { ChoiceList } from "./choice-list";
import { ErrorSummary } from "./error-summary";
import { ProfileSection } from "./profile-section";
import { ServiceChoice } from "./service-choice";
import { SuggestionBox } from "./suggestion-box";
import { reloadKeepingAnswers, useSurveySending } from "./use-survey-sending";

export type SurveyQuestion = {
  code: string;
  question: string;
  labels: [string, string, string, string];
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  unitSlug: string;
  title: string;
  surveyId: number;
  clientId: string;
  startedAt: number;
  source: "web" | "qr";
  services: ReadonlyArray<{ id: number; name: string }>;
  selectedService?: string;
  questions: ReadonlyArray<SurveyQuestion>;
};

export function SurveyForm(props: Props) {
  const { state, formAction, send, pending, stale, formRef } = useSurveySending(props);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  const order = [
    FIELD.service,
    ...props.questions.map((question) => elementField(question.code)),
    FIELD.sex,
    FIELD.age,
    FIELD.education,
    FIELD.occupation,
    FIELD.suggestion,
  ];

  return (
    <form ref={formRef} action={formAction} onSubmit={send} noValidate className="space-y-8">
      <title>{`${state.status === "error" ? "Kesalahan: " : ""}${props.title}`}</title>
      {state.status === "error" && (
        <ErrorSummary message={state.message} fieldErrors={errors} order={order}>
          {stale && (
            <button
              type="button"
              onClick={() => reloadKeepingAnswers(props.unitSlug, formRef.current)}
              className="mt-2 min-h-11 rounded border-2 border-brand-700 px-5 font-bold text-brand-700 hover:bg-brand-50"
            >
              Muat ulang formulir
            </button>
          )}
        </ErrorSummary>
      )}
      <input type="hidden" name={FIELD.clientId} value={props.clientId} />
      <input type="hidden" name={FIELD.surveyId} value={props.surveyId} />
      <input type="hidden" name={FIELD.startedAt} value={props.startedAt} />
      <input type="hidden" name={FIELD.source} value={props.source} />

      <ServiceChoice
        services={props.services}
        selected={values[FIELD.service] ?? props.selectedService}
        error={errors[FIELD.service]}
      />

      <section aria-labelledby="judul-penilaian" className="space-y-8">
        <h2 id="judul-penilaian" className="text-xl font-bold">
          Penilaian Anda
        </h2>
        {props.questions.map((question, index) => (
          <ChoiceList
            key={question.code}
            name={elementField(question.code)}
            legend={
              <>
                <span className="sr-only">{`Pertanyaan ${index + 1} dari ${props.questions.length}. `}</span>
                {question.question}
              </>
            }
            choices={question.labels.map((label, score) => ({ value: String(score + 1), label }))}
            checked={values[elementField(question.code)]}
            error={errors[elementField(question.code)]}
            legendSize="large"
          />
        ))}
      </section>

      <ProfileSection values={values} errors={errors} />

      <SuggestionBox
        name={FIELD.suggestion}
        maxLength={SUGGESTION_MAX_LENGTH}
        defaultValue={values[FIELD.suggestion]}
        error={errors[FIELD.suggestion]}
      />
      <p className="text-muted">
        Pengaduan yang perlu dijawab sampaikan lewat{" "}
        <a href="https://www.lapor.go.id">SP4N-LAPOR!</a> atau{" "}
        <a href="https://ntbcare.ntbprov.go.id">NTB Care</a>; kotak saran ini tidak dibalas satu per
        satu.
      </p>

      <button
        type="submit"
        className="block min-h-12 w-full rounded bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800 sm:w-auto"
      >
        Kirim penilaian
      </button>
      {pending && (
        <p role="status" className="text-muted">
          Mengirim penilaian…
        </p>
      )}
    </form>
  );
}
