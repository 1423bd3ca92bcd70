import type { Education, Occupation, Sex } from "../schema";
import { type Random, weighted } from "./demo-random";

// Who comes to a provincial service counter in NTB, roughly: adults of working age, most with
// SMA/SMK or a first degree, very few with a doctorate; students are young and the retired old.
// Plausible shares for a demo, not statistics.

const AGE_BANDS: ReadonlyArray<readonly [readonly [number, number], number]> = [
  [[18, 20], 7],
  [[21, 30], 26],
  [[31, 40], 27],
  [[41, 50], 20],
  [[51, 60], 13],
  [[61, 70], 7],
];

const EDUCATION: ReadonlyArray<readonly [Education, number]> = [
  ["sd", 7],
  ["smp", 11],
  ["sma", 42],
  ["d1-d3", 9],
  ["d4-s1", 27],
  ["s2", 3.5],
  ["s3", 0.5],
];

// Civil servants, soldiers and police officers all need at least SMA; most hold a degree.
const EDUCATION_OF_OFFICERS: ReadonlyArray<readonly [Education, number]> = [
  ["sma", 25],
  ["d1-d3", 15],
  ["d4-s1", 48],
  ["s2", 11],
  ["s3", 1],
];

const EDUCATION_OF_STUDENTS: ReadonlyArray<readonly [Education, number]> = [
  ["smp", 15],
  ["sma", 75],
  ["d1-d3", 4],
  ["d4-s1", 6],
];

const OCCUPATION: ReadonlyArray<readonly [Occupation, number]> = [
  ["pns", 12],
  ["tni", 2],
  ["polri", 2],
  ["swasta", 30],
  ["wirausaha", 26],
  ["pelajar-mahasiswa", 5],
  ["lainnya", 23],
];

const OCCUPATION_UNDER_23: ReadonlyArray<readonly [Occupation, number]> = [
  ["pelajar-mahasiswa", 60],
  ["swasta", 20],
  ["wirausaha", 8],
  ["lainnya", 12],
];

const OCCUPATION_OVER_60: ReadonlyArray<readonly [Occupation, number]> = [
  ["pns", 2],
  ["swasta", 8],
  ["wirausaha", 35],
  ["lainnya", 55],
];

const OFFICERS: ReadonlySet<Occupation> = new Set(["pns", "tni", "polri"]);

export type DemoProfile = {
  sex: Sex | null;
  age: number | null;
  education: Education | null;
  occupation: Occupation | null;
};

function ageOf(random: Random): number {
  const [low, high] = weighted(random, AGE_BANDS);
  return low + Math.floor(random() * (high - low + 1));
}

function occupationOf(random: Random, age: number): Occupation {
  if (age < 23) return weighted(random, OCCUPATION_UNDER_23);
  if (age > 60) return weighted(random, OCCUPATION_OVER_60);
  return weighted(random, OCCUPATION);
}

function educationOf(random: Random, occupation: Occupation): Education {
  if (OFFICERS.has(occupation)) return weighted(random, EDUCATION_OF_OFFICERS);
  if (occupation === "pelajar-mahasiswa") return weighted(random, EDUCATION_OF_STUDENTS);
  return weighted(random, EDUCATION);
}

/** A respondent's profile; some skip the optional questions, a few skip them all. */
export function demoProfile(random: Random): DemoProfile {
  const declinesAll = random() < 0.08;
  const answers = (share: number) => !declinesAll && random() >= share;
  const age = ageOf(random);
  const occupation = occupationOf(random, age);
  const education = educationOf(random, occupation);
  const sex: Sex = random() < 0.53 ? "laki-laki" : "perempuan";
  return {
    sex: answers(0.02) ? sex : null,
    age: answers(0.05) ? age : null,
    education: answers(0.05) ? education : null,
    occupation: answers(0.04) ? occupation : null,
  };
}
