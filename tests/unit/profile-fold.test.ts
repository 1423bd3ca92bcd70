import { describe, expect, it } from "vitest";

import { foldSmallGroups } from "@/lib/dashboard/profile";

const group = (key: string, count: number) => ({ key, label: key, count });

describe("folding small profile groups", () => {
  it("keeps groups of five or more and folds the smaller ones together", () => {
    const folded = foldSmallGroups([group("a", 12), group("b", 3), group("c", 2), group("d", 7)]);
    expect(folded.map((g) => [g.label, g.count])).toEqual([
      ["a", 12],
      ["d", 7],
      ["Lainnya (kelompok < 5 orang)", 5],
    ]);
  });

  it("never publishes a fold under five: it takes in the smallest kept group", () => {
    const folded = foldSmallGroups([group("a", 12), group("b", 3), group("d", 7)]);
    expect(folded.map((g) => g.count)).toEqual([12, 10]);
    expect(folded.every((g) => g.count >= 5)).toBe(true);
  });

  it("leaves the groups alone when none is small", () => {
    expect(foldSmallGroups([group("a", 5), group("b", 6)]).map((g) => g.count)).toEqual([5, 6]);
  });
});
