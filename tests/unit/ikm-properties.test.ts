import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { computeIkm, gradeOf } from "../../lib/ikm/index";

const NUM_RUNS = 200;
const ELEMENTS = 9;

type Tally = { code: string; sum: number; count: number };
type Answers = number[][];

const answers: fc.Arbitrary<Answers> = fc.array(
  fc.array(fc.integer({ min: 1, max: 4 }), { minLength: ELEMENTS, maxLength: ELEMENTS }),
  { minLength: 1, maxLength: 60 },
);

const tallyOfCount = (count: number): fc.Arbitrary<{ sum: number; count: number }> =>
  fc.record({ sum: fc.integer({ min: count, max: 4 * count }), count: fc.constant(count) });

const anyTallies: fc.Arbitrary<Tally[]> = fc
  .array(fc.integer({ min: 1, max: 100000 }).chain(tallyOfCount), { minLength: 1, maxLength: 14 })
  .map((tallies) => tallies.map((tally, index) => ({ code: `U${index + 1}`, ...tally })));

function tally(rows: Answers): Tally[] {
  return Array.from({ length: ELEMENTS }, (_, element) => ({
    code: `U${element + 1}`,
    sum: rows.reduce((sum, row) => sum + (row[element] ?? 0), 0),
    count: rows.length,
  }));
}

// Written apart from lib/ikm on purpose: round_half_up(25·T / (9n), 2) in integer hundredths.
function expectedIkm(total: number, respondents: number): number {
  const num = BigInt(2 * 2500) * BigInt(total) + BigInt(ELEMENTS * respondents);
  return Number(num / BigInt(2 * ELEMENTS * respondents)) / 100;
}

describe("computeIkm properties", () => {
  it("keeps the IKM between 25 and 100", () => {
    fc.assert(
      fc.property(anyTallies, (tallies) => {
        const { ikm } = computeIkm(tallies);
        expect(ikm).toBeGreaterThanOrEqual(25);
        expect(ikm).toBeLessThanOrEqual(100);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("never lowers the IKM when one answer rises by one", () => {
    const raised = fc.tuple(answers, fc.nat(), fc.nat({ max: ELEMENTS - 1 }));
    fc.assert(
      fc.property(raised, ([rows, respondentSeed, element]) => {
        const respondent = respondentSeed % rows.length;
        const score = rows[respondent]?.[element] ?? 4;
        fc.pre(score < 4);
        const after = rows.map((row, index) =>
          index === respondent ? row.map((value, at) => (at === element ? value + 1 : value)) : row,
        );
        expect(computeIkm(tally(after)).ikm).toBeGreaterThanOrEqual(computeIkm(tally(rows)).ikm);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("ignores the order of the elements", () => {
    const shuffled = anyTallies.chain((tallies) =>
      fc.tuple(fc.constant(tallies), fc.shuffledSubarray(tallies, { minLength: tallies.length })),
    );
    fc.assert(
      fc.property(shuffled, ([tallies, reordered]) => {
        expect(computeIkm(reordered).ikm).toBe(computeIkm(tallies).ikm);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("equals round_half_up(25·T / (9n), 2) when n respondents answered all nine with total T", () => {
    fc.assert(
      fc.property(answers, (rows) => {
        const total = rows.flat().reduce((sum, score) => sum + score, 0);
        expect(computeIkm(tally(rows)).ikm).toBe(expectedIkm(total, rows.length));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("gives the grade that gradeOf gives its IKM, and likewise for every element", () => {
    fc.assert(
      fc.property(anyTallies, (tallies) => {
        const result = computeIkm(tallies);
        const { grade, performance } = gradeOf(result.ikm);
        expect([result.grade, result.performance]).toEqual([grade, performance]);
        for (const element of result.elements) {
          expect(element.grade).toBe(gradeOf(element.converted).grade);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
