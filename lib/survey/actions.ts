"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import { isFormData, logRefusedArguments } from "@/lib/action-arguments";
import { formValues, repeatedFields, type FormState } from "@/lib/form-state";
import { findOpenSurvey } from "@/lib/periods/queries";

import {
  CLOSED_COOKIE,
  CLOSED_COOKIE_SECONDS,
  SENT_COOKIE,
  SENT_COOKIE_SECONDS,
  surveyPath,
} from "./cookies";
import { FIELD } from "./fields";
import { closedMessage } from "./messages";
import { makeReceipt, RECEIPT_PARAM } from "./receipt";
import { SubmissionFailedError, submitSurveyResponse } from "./submit";
import { RELOAD_MESSAGE } from "./validation";

const FAILED_MESSAGE =
  "Penilaian Anda belum tersimpan karena gangguan di server kami. Jawaban Anda masih ada di " +
  "bawah; tekan Kirim penilaian sekali lagi.";

const UNKNOWN_UNIT = "Unit layanan ini tidak ditemukan. Pindai ulang kode QR di loket.";

/** The survey form's action: stores the answers, then shows the thank-you page. */
export async function submitSurvey(
  unitSlug: unknown,
  _previous: unknown,
  formData: unknown,
): Promise<FormState> {
  if (typeof unitSlug !== "string" || !isFormData(formData)) {
    logRefusedArguments("submitSurvey");
    return { status: "error", message: RELOAD_MESSAGE, fieldErrors: {}, values: {} };
  }
  const values = formValues(formData);
  const result = await submitSurveyResponse({
    unitSlug,
    fields: values,
    repeated: repeatedFields(formData),
  }).catch((error) => {
    if (error instanceof SubmissionFailedError) return { kind: "failed" as const };
    throw error;
  });

  if (result.kind === "failed") {
    return { status: "error", message: FAILED_MESSAGE, fieldErrors: {}, values };
  }
  if (result.kind === "unknown-unit") {
    return { status: "error", message: UNKNOWN_UNIT, fieldErrors: {}, values };
  }
  if (result.kind === "invalid") {
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  }

  const path = surveyPath(unitSlug);
  const surveyId = values[FIELD.surveyId] ?? "";
  if (result.kind === "closed") {
    // The cookie makes the page render again for this answer: with the period that is open now
    // (its id goes into the form), or with no form at all, saying that nothing was stored.
    (await cookies()).set(CLOSED_COOKIE, surveyId, cookieOptions(path, CLOSED_COOKIE_SECONDS));
    const message = closedMessage({ anotherPeriodOpen: (await findOpenSurvey()) !== null });
    return { status: "error", message, fieldErrors: {}, values };
  }

  (await cookies()).set(SENT_COOKIE, surveyId, cookieOptions(path, SENT_COOKIE_SECONDS));
  const receipt = makeReceipt({ unitSlug, surveyId: Number(surveyId) });
  redirect(`${path}/terima-kasih?${RECEIPT_PARAM}=${receipt}`);
}

function cookieOptions(path: string, maxAge: number) {
  return { path, maxAge, httpOnly: true, sameSite: "lax" } as const;
}
