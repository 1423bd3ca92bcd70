import type { FieldErrors } from "@/lib/form-state";

import { elementField, FIELD } from "./fields";

// A browser sends each field of the survey form once: a radio group gives one value, a text box
// one text. A field sent twice comes from an altered form, and "the last one wins" would store
// an answer the person may never have seen. Such a form is refused and names the fields.

const REPEATED_MESSAGE =
  "Formulir ini mengirim lebih dari satu jawaban untuk pertanyaan yang sama, jadi penilaian " +
  "Anda belum tersimpan. Periksa pertanyaan yang ditandai, lalu tekan Kirim penilaian lagi.";

const PROFILE_MESSAGES: Record<string, string> = {
  [FIELD.service]: "Pilih satu layanan saja",
  [FIELD.sex]: "Pilih satu jawaban saja tentang jenis kelamin",
  [FIELD.age]: "Tulis usia sekali saja",
  [FIELD.education]: "Pilih satu jawaban saja tentang pendidikan terakhir",
  [FIELD.occupation]: "Pilih satu jawaban saja tentang pekerjaan",
  [FIELD.suggestion]: "Tulis saran dalam satu kotak saja",
};

const META_FIELDS: ReadonlySet<string> = new Set([
  FIELD.clientId,
  FIELD.surveyId,
  FIELD.startedAt,
  FIELD.source,
]);

export function repeatedFieldErrors(
  repeated: ReadonlyArray<string>,
  elements: ReadonlyArray<{ code: string; topic: string }>,
): { reload: boolean; message?: string; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  for (const { code, topic } of elements) {
    const name = elementField(code);
    if (repeated.includes(name)) fieldErrors[name] = `Pilih satu penilaian saja tentang ${topic}`;
  }
  for (const [name, message] of Object.entries(PROFILE_MESSAGES)) {
    if (repeated.includes(name)) fieldErrors[name] = message;
  }

  const reload = repeated.some((name) => META_FIELDS.has(name));
  const found = Object.keys(fieldErrors).length > 0;
  return { reload, message: found ? REPEATED_MESSAGE : undefined, fieldErrors };
}
