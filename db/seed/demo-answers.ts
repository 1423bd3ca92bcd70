import { randomUUID } from "node:crypto";

import type { NewRespondent } from "../schema";
import { demoProfile } from "./demo-profile";
import { pick, type Random, weighted } from "./demo-random";

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

/** A unit lists its services busiest first: the n-th is chosen about 1/n as often as the first. */
function serviceOf(random: Random, serviceIds: readonly number[]): number {
  return weighted(
    random,
    serviceIds.map((id, index) => [id, 1 / (index + 1)] as const),
  );
}

function score(random: Random, mean: number): number {
  const noise = (random() + random() + random() - 1.5) * 1.1;
  return Math.min(4, Math.max(1, Math.round(mean + noise)));
}

export type DemoRespondent = {
  respondent: Omit<NewRespondent, "surveyId" | "unitId">;
  scores: Array<{ code: string; score: number }>;
};

export function demoRespondent(options: {
  random: Random;
  unitLevel: number;
  serviceIds: readonly number[];
  codes: readonly string[];
  submittedAt: Date;
}): DemoRespondent {
  const { random } = options;
  return {
    respondent: {
      serviceId: serviceOf(random, options.serviceIds),
      submittedAt: options.submittedAt,
      ...demoProfile(random),
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
