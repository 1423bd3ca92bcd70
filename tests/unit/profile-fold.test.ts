import { describe, expect, it } from "vitest";

import { foldSmallGroups } from "@/lib/dashboard/profile";

const group = (key: string, count: number) => ({ key, label: key, count });

describe("folding small profile groups", () => {
  it("keeps groups of five or more and folds the smaller ones together", () => {
    const { groups, fold } = foldSmallGroups([
      group("a", 12),
      group("b", 3),
      group("c", 2),
      group("d", 7),
    ]);
    expect(groups.map((g) => [g.label, g.count])).toEqual([
      ["a", 12],
      ["d", 7],
      ["Gabungan kelompok kecil", 5],
    ]);
    expect(fold).toEqual({ count: 5, tookInLarger: false });
  });

  it("never publishes a fold under five: it takes in the smallest kept group", () => {
    const { groups, fold } = foldSmallGroups([group("a", 12), group("b", 3), group("d", 7)]);
    expect(groups.map((g) => g.count)).toEqual([12, 10]);
    expect(groups.every((g) => g.count >= 5)).toBe(true);
    expect(fold).toEqual({ count: 10, tookInLarger: true });
  });

  it("names the fold apart from the occupation “Lainnya”, which is a group of its own", () => {
    const { groups } = foldSmallGroups([
      { key: "lainnya", label: "Lainnya", count: 9 },
      { key: "tni", label: "TNI", count: 1 },
      { key: "polri", label: "POLRI", count: 4 },
    ]);
    expect(groups.map((g) => g.label)).toEqual(["Lainnya", "Gabungan kelompok kecil"]);
  });

  it("leaves the groups alone when none is small", () => {
    const { groups, fold } = foldSmallGroups([group("a", 5), group("b", 6)]);
    expect(groups.map((g) => g.count)).toEqual([5, 6]);
    expect(fold).toBeNull();
  });
});
