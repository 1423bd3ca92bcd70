// The one shape every form of the portal renders. User mistakes come back as this; bugs throw.

export type FieldErrors = Record<string, string>;

export type FormState =
  | { status: "idle" }
  | {
      status: "error";
      /** A problem with the form as a whole, shown at the top of the summary. */
      message?: string;
      /** Field name → what to do, in plain Indonesian. */
      fieldErrors: FieldErrors;
      /** What the person sent, so that nothing they typed or chose is lost. */
      values: Record<string, string>;
    };

export const IDLE: FormState = { status: "idle" };

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/** Names a form sent more than once; formValues keeps only the last of them. */
export function repeatedFields(formData: FormData): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const key of formData.keys()) {
    if (key.startsWith("$")) continue;
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return [...repeated];
}
