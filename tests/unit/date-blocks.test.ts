import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  coverageOf,
  type DayCount,
  dayBlocks,
  groupServices,
  selectRange,
  standaloneGroup,
} from "@/lib/dashboard/date-blocks";

function day(offset: number): string {
  return `2026-07-${String(offset + 1).padStart(2, "0")}`;
}

const spans = (blocks: ReturnType<typeof dayBlocks>) =>
  blocks.map(({ first, last, respondents }) => ({ first, last, respondents }));

function counts(unitId: number, serviceId: number, perDay: number[]): DayCount[] {
  return perDay.flatMap((respondents, offset) =>
    respondents > 0 ? [{ unitId, serviceId, day: day(offset), respondents }] : [],
  );
}

describe("blocks of days", () => {
  it("closes a block as soon as it holds five respondents", () => {
    const blocks = dayBlocks(
      [2, 3, 6, 1, 4].map((respondents, offset) => ({ day: day(offset), respondents })),
    );

    expect(spans(blocks)).toEqual([
      { first: day(0), last: day(1), respondents: 5 },
      { first: day(2), last: day(2), respondents: 6 },
      { first: day(3), last: day(4), respondents: 5 },
    ]);
  });

  it("joins a tail under five to the block before it", () => {
    const blocks = dayBlocks(
      [5, 1, 2].map((respondents, offset) => ({ day: day(offset), respondents })),
    );

    expect(spans(blocks)).toEqual([{ first: day(0), last: day(2), respondents: 8 }]);
  });

  it("keeps a period of fewer than five people as one block", () => {
    const blocks = dayBlocks([{ day: day(3), respondents: 3 }]);

    expect(spans(blocks)).toEqual([{ first: day(3), last: day(3), respondents: 3 }]);
  });
});

describe("groups of services", () => {
  it("lets every service of five or more stand alone", () => {
    const groups = groupServices([...counts(1, 10, [5]), ...counts(1, 11, [2, 3])]);

    expect(groups.map((group) => group.serviceIds)).toEqual([[10], [11]]);
    expect(standaloneGroup(groups, 10)).not.toBeNull();
  });

  it("pools services under five, and a pool still under five joins the largest service", () => {
    const enough = groupServices([
      ...counts(1, 10, [9]),
      ...counts(1, 11, [3]),
      ...counts(1, 12, [0, 2]),
    ]);
    const tooFew = groupServices([
      ...counts(1, 10, [9]),
      ...counts(1, 11, [6]),
      ...counts(1, 12, [0, 2]),
    ]);

    expect(enough.map((group) => group.serviceIds)).toEqual([[10], [11, 12]]);
    expect(tooFew.map((group) => group.serviceIds)).toEqual([[10, 12], [11]]);
    expect(standaloneGroup(tooFew, 10)).toBeNull();
    expect(standaloneGroup(tooFew, 12)).toBeNull();
    expect(standaloneGroup(tooFew, 11)).not.toBeNull();
  });

  it("keeps the units apart", () => {
    const groups = groupServices([...counts(1, 10, [5]), ...counts(2, 20, [5])]);

    expect(groups.map((group) => group.unitId)).toEqual([1, 2]);
  });
});

describe("a date range", () => {
  const groups = groupServices(counts(1, 10, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));

  it("takes a block, whole, when most of its respondents answered inside the range", () => {
    const [selection] = selectRange(groups, { dari: day(2), sampai: day(6) });

    expect(selection).toMatchObject({ span: { first: day(0), last: day(4) }, respondents: 5 });
  });

  it("takes no block that the range only grazes", () => {
    expect(selectRange(groups, { dari: day(4), sampai: day(5) })).toEqual([]);
  });

  it("leaves out blocks outside the range", () => {
    const selections = selectRange(groups, { dari: day(6) });

    expect(coverageOf(selections, counts(1, 10, Array(10).fill(1)))).toEqual({
      first: day(5),
      last: day(9),
      complete: true,
    });
    expect(selectRange(groups, { sampai: "2026-06-30" })).toEqual([]);
  });
});

describe("what a date range covers", () => {
  // Service 10 answers daily; service 11 has one block of five spread over the ten days.
  const days = [
    ...counts(1, 10, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
    ...counts(1, 11, [1, 0, 0, 0, 1, 1, 1, 0, 0, 1]),
  ];
  const groups = groupServices(days);

  it("is complete when every answer on its days is counted", () => {
    expect(coverageOf(selectRange(groups, { dari: day(0), sampai: day(9) }), days)).toEqual({
      first: day(0),
      last: day(9),
      complete: true,
    });
  });

  it("is not complete when another group's block on those days was left out", () => {
    // Service 10's second block (days 5–9) is taken; service 11's one block has three of its
    // five answers inside, so it is taken too and stretches the span back to day 0.
    const wide = coverageOf(selectRange(groups, { dari: day(5), sampai: day(9) }), days);
    // Days 0–4 only: service 10's first block is taken, service 11's block is not (two of five).
    const narrow = coverageOf(selectRange(groups, { dari: day(0), sampai: day(4) }), days);

    expect(wide).toEqual({ first: day(0), last: day(9), complete: false });
    expect(narrow).toEqual({ first: day(0), last: day(4), complete: false });
  });
});

const dayCounts = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 30 });
const rangeOf = fc
  .tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 29 }))
  .map(([a, b]) => ({ dari: day(Math.min(a, b)), sampai: day(Math.max(a, b)) }));

describe("any two date ranges of a group of services", () => {
  it("differ by nobody or by at least five people", () => {
    fc.assert(
      fc.property(dayCounts, rangeOf, rangeOf, (perDay, first, second) => {
        const groups = groupServices(counts(1, 10, perDay));
        const daysOf = (range: { dari: string; sampai: string }) => {
          const span = coverageOf(selectRange(groups, range), counts(1, 10, perDay));
          return new Set(
            perDay.flatMap((_, offset) =>
              span && day(offset) >= span.first && day(offset) <= span.last ? [offset] : [],
            ),
          );
        };
        const a = daysOf(first);
        const b = daysOf(second);
        const apart = perDay.reduce(
          (sum, count, offset) => sum + (a.has(offset) !== b.has(offset) ? count : 0),
          0,
        );
        const total = perDay.reduce((sum, count) => sum + count, 0);

        // A group of fewer than five is one block: the whole unit, whose figures are public.
        return total < 5 || apart === 0 || apart >= 5;
      }),
      { numRuns: 500 },
    );
  });
});
