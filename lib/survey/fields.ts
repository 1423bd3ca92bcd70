// Names of the survey form's fields, shared by the form, its validation and the tests.

export const FIELD = {
  service: "layanan",
  sex: "jenis-kelamin",
  age: "usia",
  education: "pendidikan",
  occupation: "pekerjaan",
  suggestion: "saran",
  clientId: "kode",
  surveyId: "survei",
  startedAt: "mulai",
  source: "sumber",
} as const;

const ELEMENT_PREFIX = "nilai-";

export function elementField(code: string): string {
  return `${ELEMENT_PREFIX}${code}`;
}

/** The element codes that a form's field names answer. */
export function answeredElementCodes(fieldNames: Iterable<string>): string[] {
  return [...fieldNames]
    .filter((name) => name.startsWith(ELEMENT_PREFIX))
    .map((name) => name.slice(ELEMENT_PREFIX.length));
}

/** A fresh form's identity: the id that deduplicates it and the time it was rendered. */
export function newFormTicket(now = new Date()): { clientId: string; startedAt: number } {
  return { clientId: crypto.randomUUID(), startedAt: now.getTime() };
}
