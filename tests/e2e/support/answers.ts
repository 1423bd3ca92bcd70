import { computeIkm } from "@/lib/ikm";

export type Score = 1 | 2 | 3 | 4;

/** Element code → the score of the label chosen (1 is the first, worst, label). */
export type Answers = Readonly<Record<string, Score>>;

/** Answers that vary across all four labels. */
export const MIXED_ANSWERS: Answers = {
  persyaratan: 4,
  prosedur: 3,
  waktu: 2,
  biaya: 4,
  produk: 3,
  kompetensi: 4,
  perilaku: 4,
  sarana: 3,
  pengaduan: 1,
};

/**
 * The IKM of a unit that received only these answers, any number of times: equal answers leave
 * every element's average, and so the IKM, unchanged.
 */
export function ikmOf(answers: Answers): ReturnType<typeof computeIkm> {
  return computeIkm(
    Object.entries(answers).map(([code, score]) => ({ code, sum: score, count: 1 })),
  );
}

/** The same answers without one question. */
export function without(answers: Answers, code: string): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([key]) => key !== code));
}
