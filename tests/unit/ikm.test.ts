import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { computeIkm, type Grade, gradeOf, roundNrr } from "../../lib/ikm/index";

type Tally = { code: string; sum: number; count: number };

type IkmVector = {
  name: string;
  source: string;
  tallies: Tally[];
  expected: {
    ikm: string;
    grade: Grade;
    performance: string;
    elements: Array<{ code: string; nrr: string; converted: string; grade: Grade }>;
  };
};

// The province's worked cases, kept in the repository so that a clone alone can run them.
const vectors: IkmVector[] = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "data", "ikm-vectors.json"), "utf8"),
);

function vector(name: string): IkmVector {
  const found = vectors.find((candidate) => candidate.name === name);
  if (!found) {
    throw new Error(`ikm-vectors.json has no case named ${name}`);
  }
  return found;
}

function nineElements(sum: number, count: number): Tally[] {
  return Array.from({ length: 9 }, (_, index) => ({ code: `U${index + 1}`, sum, count }));
}

// The wrong methods below are computed exactly too, so any difference is the method's fault.
const big = BigInt;

function sumOfNrrs(tallies: ReadonlyArray<Tally>): { num: bigint; den: bigint } {
  const den = tallies.reduce((product, tally) => product * big(tally.count), big(1));
  const num = tallies.reduce((total, t) => total + (big(t.sum) * den) / big(t.count), big(0));
  return { num, den };
}

function halfUpHundredths(num: bigint, den: bigint): number {
  return Number((big(200) * num + den) / (big(2) * den));
}

function ikmWithPrintedWeight(tallies: ReadonlyArray<Tally>, weight: "0.111" | "0.11"): number {
  const { num, den } = sumOfNrrs(tallies);
  const [weightNum, weightDen] = weight === "0.111" ? [111, 1000] : [11, 100];
  return halfUpHundredths(big(25 * weightNum) * num, big(weightDen) * den) / 100;
}

function ikmFromRoundedMean(tallies: ReadonlyArray<Tally>): number {
  const { num, den } = sumOfNrrs(tallies);
  const meanHundredths = halfUpHundredths(num, big(tallies.length) * den);
  return (meanHundredths * 25) / 100;
}

function ikmFromRoundedNrrs(tallies: ReadonlyArray<Tally>): number {
  const hundredths = tallies.map((t) => halfUpHundredths(big(t.sum), big(t.count)));
  const total = hundredths.reduce((sum, value) => sum + value, 0);
  return halfUpHundredths(big(total * 25), big(tallies.length * 100)) / 100;
}

function gradeWithTypedCutoffs(value: number): Grade {
  if (value >= 88.4) return "A";
  if (value >= 76.61) return "B";
  if (value >= 65.31) return "C";
  return "D";
}

function gradeByPrintedRanges(value: number): Grade | undefined {
  if (value >= 88.31 && value <= 100) return "A";
  if (value >= 76.61 && value <= 88.3) return "B";
  if (value >= 65 && value <= 76.6) return "C";
  if (value >= 25 && value <= 64.99) return "D";
  return undefined;
}

describe("computeIkm on the worked cases of the method", () => {
  it("has worked cases to check", () => {
    expect(vectors.length).toBeGreaterThan(0);
  });

  describe.each(vectors)("$name ($source)", ({ tallies, expected }) => {
    const result = computeIkm(tallies);

    it(`returns IKM ${expected.ikm}, grade ${expected.grade}, ${expected.performance}`, () => {
      expect(result.ikm).toBe(Number(expected.ikm));
      expect(result.ikm.toFixed(2)).toBe(expected.ikm);
      expect(result.grade).toBe(expected.grade);
      expect(result.performance).toBe(expected.performance);
    });

    it("returns every element's NRR, converted value and grade in input order", () => {
      expect(result.elements.map((element) => element.code)).toEqual(
        expected.elements.map((element) => element.code),
      );
      result.elements.forEach((element, index) => {
        const want = expected.elements[index];
        expect(element.nrr).toBeCloseTo(Number(want?.nrr), 4);
        expect(element.converted.toFixed(2)).toBe(want?.converted);
        expect(element.grade).toBe(want?.grade);
      });
    });
  });
});

describe("computeIkm on the DOMAIN.md example", () => {
  it("returns 88,30 and grade B for 19 respondents with a total of 604 points", () => {
    const tallies = vector("gap-88.304").tallies;
    const total = tallies.reduce((sum, tally) => sum + tally.sum, 0);
    expect(total).toBe(604);
    expect(tallies.every((tally) => tally.count === 19)).toBe(true);

    const result = computeIkm(tallies);
    expect(result.ikm).toBe(88.3);
    expect(result.grade).toBe("B");
    expect(result.performance).toBe("Baik");
  });
});

describe("computeIkm rounding", () => {
  it("rounds the IKM half-up to 88,31 (grade A) when it is exactly 88,305", () => {
    const result = computeIkm(nineElements(17661, 5000));
    expect(result.ikm).toBe(88.31);
    expect(result.grade).toBe("A");
  });

  it("rounds an element's converted value half-up when it is exactly 88,305", () => {
    const [element] = computeIkm([{ code: "biaya", sum: 17661, count: 5000 }]).elements;
    expect(element?.converted).toBe(88.31);
    expect(element?.grade).toBe("A");
  });

  it("returns each NRR rounded half-up to 6 decimals", () => {
    const result = computeIkm([
      { code: "waktu", sum: 129, count: 128 },
      { code: "prosedur", sum: 8, count: 3 },
    ]);
    expect(result.elements.map((element) => element.nrr)).toEqual([1.007813, 2.666667]);
  });

  it("weighs each element exactly 1/k whatever the number of elements", () => {
    const result = computeIkm([
      { code: "a", sum: 4, count: 1 },
      { code: "b", sum: 3, count: 1 },
    ]);
    expect(result.ikm).toBe(87.5);
  });
});

describe("gradeOf at the boundaries of the grade table", () => {
  it.each([
    [100, "A", "Sangat Baik"],
    [88.31, "A", "Sangat Baik"],
    [88.3, "B", "Baik"],
    [76.61, "B", "Baik"],
    [76.6, "C", "Kurang Baik"],
    [65, "C", "Kurang Baik"],
    [64.99, "D", "Tidak Baik"],
    [25, "D", "Tidak Baik"],
  ])("grades %s as %s (%s)", (value, grade, performance) => {
    expect(gradeOf(value)).toEqual({ grade, performance });
  });

  it("gives every hundredth from 25,00 to 100,00 a grade that never falls as the value rises", () => {
    const order: Grade[] = ["D", "C", "B", "A"];
    let previous = 0;
    for (let hundredths = 2500; hundredths <= 10000; hundredths += 1) {
      const rank = order.indexOf(gradeOf(hundredths / 100).grade);
      expect(rank).toBeGreaterThanOrEqual(previous);
      previous = rank;
    }
  });

  it("refuses a value that was not rounded to 2 decimals", () => {
    expect(() => gradeOf(88.3041)).toThrow(RangeError);
  });

  it.each([24.99, 100.01, -1])("refuses %s, which lies outside 25–100", (value) => {
    expect(() => gradeOf(value)).toThrow(RangeError);
  });

  it("refuses a value that is not a finite number", () => {
    expect(() => gradeOf(Number.NaN)).toThrow(TypeError);
  });
});

describe("computeIkm avoids the mistakes common in other SKM applications", () => {
  it("scores a perfect survey 100,00, where 0,111 gives 99,90 and 0,11 gives 99,00", () => {
    const tallies = vector("all-fours").tallies;
    expect(computeIkm(tallies).ikm).toBe(100);
    expect(ikmWithPrintedWeight(tallies, "0.111")).toBe(99.9);
    expect(ikmWithPrintedWeight(tallies, "0.11")).toBe(99);
  });

  it.each(["weight-trap-88.33", "weight-trap-76.67"])(
    "keeps the grade of %s that a 0,111 or 0,11 weight would flip",
    (name) => {
      const { tallies, expected } = vector(name);
      const result = computeIkm(tallies);
      expect(result.grade).toBe(expected.grade);
      for (const weight of ["0.111", "0.11"] as const) {
        expect(gradeOf(ikmWithPrintedWeight(tallies, weight)).grade).not.toBe(result.grade);
      }
    },
  );

  it("returns 91,48 for the developer guide's case, which printed 90,56 with a 0,11 weight", () => {
    const tallies = vector("developer-guide-29").tallies;
    expect(ikmWithPrintedWeight(tallies, "0.11")).toBe(90.56);
    expect(computeIkm(tallies).ikm).toBe(91.48);
  });

  it("returns grade A for 88,33, where rounding the 1–4 mean first gives 88,25 and B", () => {
    const tallies = vector("weight-trap-88.33").tallies;
    expect(ikmFromRoundedMean(tallies)).toBe(88.25);
    expect(gradeOf(ikmFromRoundedMean(tallies)).grade).toBe("B");
    expect(computeIkm(tallies).grade).toBe("A");
  });

  it("does not move in 0,25 steps as rounding the 1–4 mean first does", () => {
    for (const { tallies } of vectors) {
      expect((ikmFromRoundedMean(tallies) * 100) % 25).toBe(0);
    }
    expect(computeIkm(vector("gap-88.304").tallies).ikm).toBe(88.3);
    expect(ikmFromRoundedMean(vector("gap-88.304").tallies)).toBe(88.25);
  });

  it("returns 91,48 where rounding each NRR to 2 decimals first gives 91,50", () => {
    const tallies = vector("developer-guide-29").tallies;
    expect(ikmFromRoundedNrrs(tallies)).toBe(91.5);
    expect(computeIkm(tallies).ikm).toBe(91.48);
  });

  it.each(["weight-trap-88.33", "weight-trap-76.67"])(
    "grades %s on its 2 decimals, where truncating to an integer drops a grade",
    (name) => {
      const result = computeIkm(vector(name).tallies);
      expect(gradeOf(Math.trunc(result.ikm)).grade).not.toBe(result.grade);
    },
  );

  it("returns grade A for 88,33 and C for 65,00, which cut-offs typed as 88,4 and 65,31 miss", () => {
    const high = computeIkm(vector("weight-trap-88.33").tallies);
    const low = computeIkm(vector("exact-65.00").tallies);
    expect([high.grade, low.grade]).toEqual(["A", "C"]);
    expect([gradeWithTypedCutoffs(high.ikm), gradeWithTypedCutoffs(low.ikm)]).toEqual(["B", "D"]);
  });

  it("grades 88,3041 as B, where it falls between the printed ranges unrounded", () => {
    const exact = (25 * 604) / 171;
    expect(gradeByPrintedRanges(exact)).toBeUndefined();
    expect(computeIkm(vector("gap-88.304").tallies).grade).toBe("B");
  });

  it("divides each element by its own count, not by every respondent", () => {
    const { tallies, expected } = vector("missing-answers");
    const respondents = Math.max(...tallies.map((tally) => tally.count));
    const overAll = tallies.map((tally) => ({ ...tally, count: respondents }));
    expect(computeIkm(tallies).ikm.toFixed(2)).toBe(expected.ikm);
    expect(computeIkm(overAll).ikm).not.toBe(computeIkm(tallies).ikm);
  });
});

describe("computeIkm rejects impossible tallies", () => {
  const valid = nineElements(30, 10);

  it("throws when there are no tallies", () => {
    expect(() => computeIkm([])).toThrow(/at least one element/);
  });

  it("throws when an element has count 0, which is an error and not a zero", () => {
    const tallies = [...valid.slice(1), { code: "U1", sum: 0, count: 0 }];
    expect(() => computeIkm(tallies)).toThrow(RangeError);
    expect(() => computeIkm(tallies)).toThrow(/count 0/);
  });

  it.each([
    ["above 4 per answer", 41, 10],
    ["below 1 per answer", 9, 10],
  ])("throws when the sum is %s", (_, sum, count) => {
    expect(() => computeIkm([...valid.slice(1), { code: "U1", sum, count }])).toThrow(
      /scored 1 to 4/,
    );
  });

  it("throws when an element code appears twice", () => {
    const tallies = [...valid, { code: "U3", sum: 30, count: 10 }];
    expect(() => computeIkm(tallies)).toThrow(/more than once/);
  });

  it.each([
    ["a fractional sum", 30.5, 10, TypeError],
    ["a fractional count", 30, 10.5, TypeError],
    ["a negative sum", -3, 10, RangeError],
    ["a negative count", 3, -1, RangeError],
    ["a NaN sum", Number.NaN, 10, TypeError],
  ])("throws on %s", (_, sum, count, errorType) => {
    expect(() => computeIkm([{ code: "U1", sum, count }])).toThrow(errorType);
  });

  it("throws when an element has no code", () => {
    expect(() => computeIkm([{ code: "", sum: 3, count: 1 }])).toThrow(TypeError);
  });
});

describe("an NRR shown with four decimals", () => {
  it("is rounded once, from the exact fraction", () => {
    // 226 / 107 = 2,11214953…: a first rounding to 2,112150 would show 2,1122.
    expect(roundNrr({ sum: 226, count: 107 })).toBe(2.1121);
    expect(roundNrr({ sum: 7, count: 2 })).toBe(3.5);
    expect(roundNrr({ sum: 101, count: 29 })).toBe(3.4828);
  });

  it("refuses an element nobody answered", () => {
    expect(() => roundNrr({ sum: 0, count: 0 })).toThrow(RangeError);
  });
});
