const TWO = BigInt(2);

// Krejcie–Morgan with χ² = 3.841, P = 0.5 and d = 0.05, every constant scaled by 100 000:
// 3.841·0.25 = 0.96025 → 96025 and 0.0025 → 250, so the .5 boundary is decided exactly.
const CHI_SQUARE_P_Q = BigInt(96025);
const MARGIN_SQUARED = BigInt(250);

export function minimumSample(population: number): number {
  if (!Number.isSafeInteger(population) || population < 1) {
    throw new RangeError(`The population must be a positive whole number; got ${population}.`);
  }
  const n = BigInt(population);
  const numerator = CHI_SQUARE_P_Q * n;
  const denominator = MARGIN_SQUARED * (n - BigInt(1)) + CHI_SQUARE_P_Q;
  const rounded = (TWO * numerator + denominator) / (TWO * denominator);
  return Number(rounded < n ? rounded : n);
}
