import { z } from "zod";

import { educations, occupations, sexes, type Channel, type Education } from "@/db/schema";
import type { Occupation, Sex } from "@/db/schema";
import type { FieldErrors } from "@/lib/form-state";
import { formatInteger } from "@/lib/format/number";

import { answeredElementCodes, elementField, FIELD } from "./fields";
import { findPersonalData, type PersonalData } from "./personal-data";
import { DECLINED, MAX_AGE, MIN_AGE, SUGGESTION_MAX_LENGTH } from "./profile";
import { repeatedFieldErrors } from "./repeated-fields";
import { measureSuggestion, normaliseSuggestion } from "./suggestion";

export type SurveySubmission = {
  clientId: string;
  surveyId: number;
  serviceId: number;
  scores: Array<{ code: string; score: number }>;
  sex: Sex | null;
  age: number | null;
  education: Education | null;
  occupation: Occupation | null;
  suggestion: string | null;
  channel: Channel;
  fillSeconds: number | null;
};

export type ValidationContext = {
  elements: ReadonlyArray<{ code: string; topic: string }>;
  serviceIds: ReadonlyArray<number>;
  now: Date;
  /** Names the form sent more than once (a browser sends each of this form's fields once). */
  repeated?: ReadonlyArray<string>;
};

export type ValidationResult =
  | { ok: true; submission: SurveySubmission }
  | { ok: false; message?: string; fieldErrors: FieldErrors };

/** Ids are PostgreSQL integers: anything larger names nothing. */
export const MAX_ID = 2_147_483_647;

export const RELOAD_MESSAGE =
  "Formulir ini tidak lengkap atau sudah kedaluwarsa. Muat ulang halaman, lalu isi kembali.";

const optionalChoice = <T extends string>(values: readonly T[], message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) =>
      value === undefined || value === "" || value === DECLINED ? null : value,
    )
    .refine(
      (value): value is T | null => value === null || (values as readonly string[]).includes(value),
      {
        message,
      },
    );

const profileSchema = z.object({
  [FIELD.sex]: optionalChoice(sexes, "Pilih jenis kelamin dari pilihan yang ada"),
  [FIELD.education]: optionalChoice(educations, "Pilih pendidikan terakhir dari pilihan yang ada"),
  [FIELD.occupation]: optionalChoice(occupations, "Pilih pekerjaan dari pilihan yang ada"),
  [FIELD.age]: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || /^\d{1,3}$/.test(value), {
      message: `Tulis usia dalam tahun dengan angka, antara ${MIN_AGE} dan ${MAX_AGE}, atau kosongkan`,
    })
    .transform((value) => (value === null ? null : Number(value)))
    .refine((value) => value === null || (value >= MIN_AGE && value <= MAX_AGE), {
      message: `Usia harus antara ${MIN_AGE} dan ${MAX_AGE} tahun, atau kosongkan`,
    }),
  [FIELD.suggestion]: z
    .string()
    .optional()
    .transform((value) => normaliseSuggestion(value ?? "") || null)
    .superRefine((value, ctx) => {
      const problem = value === null ? null : suggestionProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});

const PERSONAL_DATA_WORDS: Record<PersonalData, string> = {
  nik: "NIK",
  telepon: "nomor telepon",
  email: "alamat e-mail",
};

const wordList = new Intl.ListFormat("id-ID", { style: "long", type: "conjunction" });

/** What is wrong with a suggestion as it would be stored, or null when it can be stored. */
export function suggestionProblem(suggestion: string): string | null {
  const size = measureSuggestion(suggestion);
  const limit = `Saran paling banyak ${formatInteger(SUGGESTION_MAX_LENGTH)} karakter.`;
  if (size.tooLarge) {
    return `${limit} Saran Anda terlalu panjang untuk disimpan; persingkat sedikit.`;
  }
  if (size.length > SUGGESTION_MAX_LENGTH) {
    return `${limit} Saran Anda ${formatInteger(size.length)} karakter; persingkat sedikit.`;
  }

  // The survey is anonymous: a suggestion naming someone's NIK, phone or e-mail is not stored.
  const personal = findPersonalData(suggestion);
  if (personal.length === 0) return null;
  const words = wordList.format(personal.map((kind) => PERSONAL_DATA_WORDS[kind]));
  return (
    `Hapus ${words} dari saran Anda: survei ini tanpa nama, jadi data pribadi tidak kami ` +
    "simpan. Pengaduan yang perlu dijawab, atau bila Anda ingin dihubungi, sampaikan lewat " +
    "SP4N-LAPOR! atau NTB Care."
  );
}

const metaSchema = z.object({
  [FIELD.clientId]: z.uuid(),
  [FIELD.surveyId]: z.coerce.number().int().positive().max(MAX_ID),
  [FIELD.startedAt]: z.coerce.number().int().nonnegative().optional().catch(undefined),
  [FIELD.source]: z.enum(["web", "qr"]).catch("web"),
});

/** Checks a sent survey form against its questionnaire and its unit's services. */
export function validateSubmission(
  fields: Record<string, string>,
  context: ValidationContext,
): ValidationResult {
  const meta = metaSchema.safeParse(fields);
  const known = new Set(context.elements.map((element) => element.code));
  const unknownCodes = answeredElementCodes(Object.keys(fields)).filter((code) => !known.has(code));
  const repeated = repeatedFieldErrors(context.repeated ?? [], context.elements);
  if (!meta.success || unknownCodes.length > 0 || repeated.reload) {
    return { ok: false, message: RELOAD_MESSAGE, fieldErrors: {} };
  }
  if (Object.keys(repeated.fieldErrors).length > 0) {
    return { ok: false, message: repeated.message, fieldErrors: repeated.fieldErrors };
  }

  const fieldErrors: FieldErrors = {};
  const serviceId = parseService(fields[FIELD.service], context.serviceIds, fieldErrors);
  const scores = parseScores(fields, context.elements, fieldErrors);
  const profile = profileSchema.safeParse(fields);
  if (!profile.success) {
    for (const issue of profile.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
  }
  if (!profile.success || serviceId === null || Object.keys(fieldErrors).length > 0) {
    return { ok: false, fieldErrors };
  }

  const startedAt = meta.data[FIELD.startedAt];
  return {
    ok: true,
    submission: {
      clientId: meta.data[FIELD.clientId],
      surveyId: meta.data[FIELD.surveyId],
      serviceId,
      scores,
      sex: profile.data[FIELD.sex],
      age: profile.data[FIELD.age],
      education: profile.data[FIELD.education],
      occupation: profile.data[FIELD.occupation],
      suggestion: profile.data[FIELD.suggestion],
      channel: meta.data[FIELD.source],
      fillSeconds: fillSeconds(startedAt, context.now),
    },
  };
}

function parseService(
  raw: string | undefined,
  serviceIds: ReadonlyArray<number>,
  errors: FieldErrors,
): number | null {
  if (!raw) {
    errors[FIELD.service] = "Pilih layanan yang Anda terima";
    return null;
  }
  const id = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!serviceIds.includes(id)) {
    errors[FIELD.service] = "Pilih layanan yang Anda terima dari daftar layanan unit ini";
    return null;
  }
  return id;
}

function parseScores(
  fields: Record<string, string>,
  elements: ValidationContext["elements"],
  errors: FieldErrors,
): Array<{ code: string; score: number }> {
  const scores: Array<{ code: string; score: number }> = [];
  for (const { code, topic } of elements) {
    const raw = fields[elementField(code)];
    if (raw === "1" || raw === "2" || raw === "3" || raw === "4") {
      scores.push({ code, score: Number(raw) });
    } else {
      errors[elementField(code)] = `Pilih penilaian Anda tentang ${topic}`;
    }
  }
  return scores;
}

function fillSeconds(startedAt: number | undefined, now: Date): number | null {
  if (startedAt === undefined) return null;
  const seconds = Math.round((now.getTime() - startedAt) / 1000);
  return seconds >= 0 && seconds < 7 * 24 * 3600 ? seconds : null;
}
