import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  coveredSpan,
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

    expect(coveredSpan(selections)).toEqual({ first: day(5), last: day(9) });
    expect(selectRange(groups, { sampai: "2026-06-30" })).toEqual([]);
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
          const span = coveredSpan(selectRange(groups, range));
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
