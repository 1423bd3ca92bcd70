import { randomUUID } from "node:crypto";

import type { NewRespondent } from "../schema";
import { educations, occupations, sexes } from "../schema";

// Deterministic demo answers: every unit has its own level, and some elements are weaker
// across the province (waiting time, complaint handling), as real surveys tend to show.

const ELEMENT_BIAS: Record<string, number> = {
  persyaratan: 0.1,
  prosedur: 0,
  waktu: -0.45,
  biaya: 0.35,
  produk: 0.05,
  kompetensi: 0.15,
  perilaku: 0.25,
  sarana: -0.15,
  pengaduan: -0.35,
};

const SUGGESTIONS = [
  "Antrean perlu diatur lebih tertib.",
  "Petugas ramah dan cepat, terima kasih.",
  "Ruang tunggu panas, mohon tambah kipas.",
  "Informasi persyaratan sebaiknya dipasang di depan loket.",
  "Layanan sudah baik, pertahankan.",
];

export function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

function score(random: () => number, mean: number): number {
  const noise = (random() + random() + random() - 1.5) * 1.1;
  return Math.min(4, Math.max(1, Math.round(mean + noise)));
}

export type DemoRespondent = {
  respondent: Omit<NewRespondent, "surveyId" | "unitId">;
  scores: Array<{ code: string; score: number }>;
};

export function demoRespondent(options: {
  random: () => number;
  unitLevel: number;
  serviceIds: readonly number[];
  codes: readonly string[];
  submittedAt: Date;
}): DemoRespondent {
  const { random } = options;
  const declines = random() < 0.15;
  return {
    respondent: {
      serviceId: pick(random, options.serviceIds),
      submittedAt: options.submittedAt,
      sex: declines ? null : pick(random, sexes),
      age: declines ? null : 17 + Math.floor(random() * 55),
      education: declines ? null : pick(random, educations),
      occupation: declines ? null : pick(random, occupations),
      suggestion: random() < 0.2 ? pick(random, SUGGESTIONS) : null,
      channel: random() < 0.7 ? "qr" : "web",
      clientId: randomUUID(),
      fillSeconds: 60 + Math.floor(random() * 240),
    },
    scores: options.codes.map((code) => ({
      code,
      score: score(random, options.unitLevel + (ELEMENT_BIAS[code] ?? 0)),
    })),
  };
}
