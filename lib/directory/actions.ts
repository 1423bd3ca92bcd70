"use server";

import { revalidatePath } from "next/cache";

import { isFormData, logRefusedArguments } from "@/lib/action-arguments";
import { officialsNotFound } from "@/lib/auth/not-found";
import { getOfficial } from "@/lib/auth/session";
import { formValues, repeatedFields, type FormState } from "@/lib/form-state";

import { describeSaved } from "./estimate-basis";
import { saveServiceEstimates } from "./estimates";

/** After saving: what changed, and which estimate the minimum sample now uses. */
export type EstimatesState = FormState | { status: "saved"; message: string };

// Arguments are `unknown`: they come from whoever calls the action, not only from the form. A
// call of the wrong shape is refused like a unit outside the official's scope.
export async function saveEstimates(
  unitSlug: unknown,
  _previous: unknown,
  formData: unknown,
): Promise<EstimatesState> {
  if (typeof unitSlug !== "string" || !isFormData(formData)) {
    logRefusedArguments("saveEstimates");
    return officialsNotFound();
  }
  const values = formValues(formData);
  const result = await saveServiceEstimates({
    official: await getOfficial(),
    unitSlug,
    fields: values,
    repeated: repeatedFields(formData),
  });

  if (result.kind === "not-found") return officialsNotFound();
  if (result.kind === "invalid")
    return { status: "error", fieldErrors: result.fieldErrors, values };
  revalidatePath(`/dasbor/unit/${unitSlug}`);
  return { status: "saved", message: describeSaved(result) };
}
