import { type Grade, gradeOfHundredths, type Performance } from "./grade";
import {
  addFractions,
  fraction,
  type Fraction,
  roundHalfUp,
  roundHalfUpScaled,
  scaleFraction,
} from "./rational";
import { assertValidTallies, type Tally } from "./tallies";

export { type Grade, gradeOf, type Performance } from "./grade";
export { minimumSample } from "./sample";

const SCALE = BigInt(25);
const ONE = BigInt(1);

type ElementScore = { code: string; nrr: number; converted: number; grade: Grade };

function scoreElement(code: string, nrr: Fraction): ElementScore {
  const hundredths = Number(roundHalfUpScaled(scaleFraction(nrr, SCALE, ONE), 2));
  return {
    code,
    nrr: roundHalfUp(nrr, 6),
    converted: hundredths / 100,
    grade: gradeOfHundredths(hundredths).grade,
  };
}

/**
 * An element's NRR (sum ÷ count) rounded half-up to `places` decimals from the exact fraction:
 * what a page or an export shows, never a rounding of an already rounded `nrr`.
 */
export function roundNrr({ sum, count }: { sum: number; count: number }, places = 4): number {
  assertValidTallies([{ code: "nrr", sum, count }]);
  return roundHalfUp(fraction(BigInt(sum), BigInt(count)), places);
}

export function computeIkm(tallies: ReadonlyArray<Tally>): {
  ikm: number;
  grade: Grade;
  performance: Performance;
  elements: ElementScore[];
} {
  assertValidTallies(tallies);
  const nrrs = tallies.map((tally) => ({
    code: tally.code,
    nrr: fraction(BigInt(tally.sum), BigInt(tally.count)),
  }));

  // Exact sum of the NRRs, so the weight is exactly 1/k and element order cannot matter.
  const total = nrrs.map((element) => element.nrr).reduce(addFractions, fraction(BigInt(0), ONE));
  const ikm = scaleFraction(total, SCALE, BigInt(nrrs.length));
  const hundredths = Number(roundHalfUpScaled(ikm, 2));

  return {
    ikm: hundredths / 100,
    ...gradeOfHundredths(hundredths),
    elements: nrrs.map((element) => scoreElement(element.code, element.nrr)),
  };
}
