import type { Education, Occupation, Sex } from "@/db/schema";

// The respondent profile of the national questionnaire, in the words shown to people.

export const SEX_OPTIONS: ReadonlyArray<{ value: Sex; label: string }> = [
  { value: "laki-laki", label: "Laki-laki" },
  { value: "perempuan", label: "Perempuan" },
];

export const EDUCATION_OPTIONS: ReadonlyArray<{ value: Education; label: string }> = [
  { value: "sd", label: "SD ke bawah" },
  { value: "smp", label: "SMP" },
  { value: "sma", label: "SMA/SMK" },
  { value: "d1-d3", label: "D1–D3" },
  { value: "d4-s1", label: "D4/S1" },
  { value: "s2", label: "S2" },
  { value: "s3", label: "S3" },
];

export const OCCUPATION_OPTIONS: ReadonlyArray<{ value: Occupation; label: string }> = [
  { value: "pns", label: "PNS" },
  { value: "tni", label: "TNI" },
  { value: "polri", label: "POLRI" },
  { value: "swasta", label: "Pegawai swasta" },
  { value: "wirausaha", label: "Wirausaha" },
  { value: "pelajar-mahasiswa", label: "Pelajar/mahasiswa" },
  { value: "lainnya", label: "Lainnya" },
];

/** The value of "Tidak ingin menjawab": stored as no answer. */
export const DECLINED = "tidak-menjawab";

export const MIN_AGE = 15;
export const MAX_AGE = 100;
/** Characters as a person counts them (grapheme clusters). */
export const SUGGESTION_MAX_LENGTH = 1000;
/** What a suggestion may take in storage, in code points, so that no one can store megabytes. */
export const SUGGESTION_MAX_CODE_POINTS = 4 * SUGGESTION_MAX_LENGTH;
