export type Grade = "A" | "B" | "C" | "D";
export type Performance = "Sangat Baik" | "Baik" | "Kurang Baik" | "Tidak Baik";

export type GradeResult = { grade: Grade; performance: Performance };

type GradeBand = GradeResult & { minHundredths: number };

const MIN_HUNDREDTHS = 2500;
const MAX_HUNDREDTHS = 10000;

// PermenPAN-RB 14/2017 table in whole hundredths, so every rounded value lands in one band.
const BANDS: ReadonlyArray<GradeBand> = [
  { minHundredths: 8831, grade: "A", performance: "Sangat Baik" },
  { minHundredths: 7661, grade: "B", performance: "Baik" },
  { minHundredths: 6500, grade: "C", performance: "Kurang Baik" },
  { minHundredths: MIN_HUNDREDTHS, grade: "D", performance: "Tidak Baik" },
];

export function gradeOfHundredths(hundredths: number): GradeResult {
  const inRange = hundredths >= MIN_HUNDREDTHS && hundredths <= MAX_HUNDREDTHS;
  if (!Number.isInteger(hundredths) || !inRange) {
    throw new RangeError(`An IKM must lie between 25.00 and 100.00; got ${hundredths / 100}.`);
  }
  const band = BANDS.find((candidate) => hundredths >= candidate.minHundredths);
  if (!band) {
    throw new RangeError(`No grade band holds ${hundredths / 100}.`);
  }
  return { grade: band.grade, performance: band.performance };
}

function toHundredths(value: number): number {
  if (!Number.isFinite(value)) {
    throw new TypeError(`An IKM must be a finite number; got ${value}.`);
  }
  const hundredths = Math.round(value * 100);
  // Grading an unrounded value is the mistake this module exists to avoid, so refuse it.
  if (Math.abs(value * 100 - hundredths) > 1e-6) {
    throw new RangeError(`Round the IKM half-up to 2 decimals before grading it; got ${value}.`);
  }
  return hundredths;
}

export function gradeOf(value: number): GradeResult {
  return gradeOfHundredths(toHundredths(value));
}
