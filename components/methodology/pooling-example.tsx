import { formatScore } from "@/lib/format/number";
import { computeIkm } from "@/lib/ikm";
import { NATIONAL_ELEMENTS } from "@/db/seed/questionnaire";

function allScored(score: number, respondents: number) {
  return NATIONAL_ELEMENTS.map(({ code }) => ({
    code,
    sum: score * respondents,
    count: respondents,
  }));
}

// Unit A: one person answers 4 everywhere. Unit B: three people answer 2 everywhere.
const unitA = computeIkm(allScored(4, 1)).ikm;
const unitB = computeIkm(allScored(2, 3)).ikm;
const pooled = computeIkm(
  NATIONAL_ELEMENTS.map(({ code }) => ({ code, sum: 4 * 1 + 2 * 3, count: 4 })),
).ikm;

/** A worked case, computed by the same code as every published figure. */
export function PoolingExample() {
  return (
    <p>
      Contoh: unit A dinilai 1 orang dan mendapat IKM {formatScore(unitA)}; unit B dinilai 3 orang
      dan mendapat IKM {formatScore(unitB)}. Rata-rata kedua angka itu{" "}
      {formatScore((unitA + unitB) / 2)}, tetapi gabungan keempat penilaian menghasilkan IKM{" "}
      {formatScore(pooled)}. Dengan cara gabungan, setiap orang yang menilai punya bobot yang sama.
    </p>
  );
}
