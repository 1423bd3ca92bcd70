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

export type Tally = { code: string; sum: number; count: number };

/** The IKM once one more person has given these answers on top of the tallies already there. */
export function ikmAfter(
  tallies: ReadonlyArray<Tally>,
  answers: Answers,
): ReturnType<typeof computeIkm> {
  const byCode = new Map(tallies.map((tally) => [tally.code, { ...tally }]));
  for (const [code, score] of Object.entries(answers)) {
    const tally = byCode.get(code) ?? { code, sum: 0, count: 0 };
    byCode.set(code, { code, sum: tally.sum + score, count: tally.count + 1 });
  }
  return computeIkm([...byCode.values()]);
}

/** The same answers without one question. */
export function without(answers: Answers, code: string): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([key]) => key !== code));
}
