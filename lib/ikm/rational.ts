export type Fraction = { readonly num: bigint; readonly den: bigint };

const ZERO = BigInt(0);
const ONE = BigInt(1);
const TWO = BigInt(2);
const TEN = BigInt(10);

function gcd(a: bigint, b: bigint): bigint {
  let x = a < ZERO ? -a : a;
  let y = b < ZERO ? -b : b;
  while (y !== ZERO) {
    [x, y] = [y, x % y];
  }
  return x;
}

export function fraction(num: bigint, den: bigint): Fraction {
  if (den <= ZERO) {
    throw new RangeError("A fraction needs a positive denominator.");
  }
  const divisor = gcd(num, den);
  return divisor > ONE ? { num: num / divisor, den: den / divisor } : { num, den };
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function scaleFraction(value: Fraction, multiplier: bigint, divisor: bigint): Fraction {
  return fraction(value.num * multiplier, value.den * divisor);
}

// Half-up on a non-negative value: floor(value × 10^places + 1/2), all in integers.
export function roundHalfUpScaled(value: Fraction, places: number): bigint {
  if (value.num < ZERO) {
    throw new RangeError("Half-up rounding here is defined for non-negative values only.");
  }
  const scale = TEN ** BigInt(places);
  return (TWO * value.num * scale + value.den) / (TWO * value.den);
}

// Dividing an exact integer by a power of ten yields the double nearest the decimal.
export function roundHalfUp(value: Fraction, places: number): number {
  return Number(roundHalfUpScaled(value, places)) / 10 ** places;
}
