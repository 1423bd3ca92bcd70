import { FIELD } from "@/lib/survey/fields";

// A form rendered before a new version of the portal cannot be sent to it: the page must be
// loaded again. The person's answers are kept in this tab's sessionStorage across that one
// reload and put back into the fresh form, then forgotten. Only the person's own answers are
// kept, never the form's identity (the new page brings its own).

const KEPT_MINUTES = 30;
const FORM_IDENTITY: ReadonlySet<string> = new Set([
  FIELD.clientId,
  FIELD.surveyId,
  FIELD.startedAt,
  FIELD.source,
]);

type Kept = { keptAt: number; values: Record<string, string> };

const storageKey = (unitSlug: string) => `simaskot:jawaban:${unitSlug}`;

export function keepAnswersForReload(unitSlug: string, form: HTMLFormElement): void {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && !name.startsWith("$") && !FORM_IDENTITY.has(name)) {
      values[name] = value;
    }
  }
  const kept: Kept = { keptAt: Date.now(), values };
  try {
    sessionStorage.setItem(storageKey(unitSlug), JSON.stringify(kept));
  } catch {
    // Storage refused (private mode, full): the reload still gives a form that can be sent.
  }
}

/** Puts kept answers back into the form once, and forgets them. */
export function restoreKeptAnswers(unitSlug: string, form: HTMLFormElement): void {
  const kept = takeKept(unitSlug);
  if (!kept) return;
  for (const [name, value] of Object.entries(kept.values)) {
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      `[name="${CSS.escape(name)}"]`,
    )) {
      restoreField(field, value);
    }
  }
}

function takeKept(unitSlug: string): Kept | null {
  try {
    const raw = sessionStorage.getItem(storageKey(unitSlug));
    sessionStorage.removeItem(storageKey(unitSlug));
    const kept = raw ? (JSON.parse(raw) as Kept) : null;
    const fresh = kept && Date.now() - kept.keptAt < KEPT_MINUTES * 60_000;
    return fresh && typeof kept.values === "object" ? kept : null;
  } catch {
    return null;
  }
}

function restoreField(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  if (field instanceof HTMLInputElement && field.type === "radio") {
    if (field.value !== value) return;
    field.checked = true;
    // A service changed under "Ganti layanan" shows itself again.
    const details = field.closest("details");
    if (details && !field.defaultChecked) details.open = true;
    return;
  }
  if (field instanceof HTMLInputElement && field.type === "hidden") return;
  // The native setter and an input event let React's change handler (the counter) see it.
  const prototype = Object.getPrototypeOf(field) as HTMLInputElement | HTMLTextAreaElement;
  Object.getOwnPropertyDescriptor(prototype, "value")?.set?.call(field, value);
  field.dispatchEvent(new Event("input", { bubbles: true }));
}
