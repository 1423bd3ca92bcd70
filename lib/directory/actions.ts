"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";

import { getOfficial } from "@/lib/auth/session";
import { formValues, type FormState } from "@/lib/form-state";

import { describeSaved } from "./estimate-basis";
import { saveServiceEstimates } from "./estimates";

/** After saving: what changed, and which estimate the minimum sample now uses. */
export type EstimatesState = FormState | { status: "saved"; message: string };

export async function saveEstimates(
  unitSlug: string,
  _previous: EstimatesState,
  formData: FormData,
): Promise<EstimatesState> {
  const values = formValues(formData);
  const result = await saveServiceEstimates({
    official: await getOfficial(),
    unitSlug,
    fields: values,
  });

  if (result.kind === "not-found") notFound();
  if (result.kind === "invalid")
    return { status: "error", fieldErrors: result.fieldErrors, values };
  revalidatePath(`/dasbor/unit/${unitSlug}`);
  return { status: "saved", message: describeSaved(result) };
}
