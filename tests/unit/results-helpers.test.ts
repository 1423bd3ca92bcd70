import { describe, expect, it } from "vitest";

import { minimumSample } from "@/lib/ikm";
import {
  annualUsersOfUnit,
  monthsInPeriod,
  periodPopulation,
  sampleStatus,
} from "@/lib/results/population";
import { parseRankingParams, rankingHref } from "@/lib/results/ranking-params";
import { rankByIkm } from "@/lib/results/ranking";

const QUARTER = { startDate: "2026-10-01", endDate: "2026-12-31" };

describe("the population of a period", () => {
  it("counts the calendar months of a quarter, a half-year and a year", () => {
    expect(monthsInPeriod(QUARTER)).toBe(3);
    expect(monthsInPeriod({ startDate: "2026-01-01", endDate: "2026-06-30" })).toBe(6);
    expect(monthsInPeriod({ startDate: "2026-01-01", endDate: "2026-12-31" })).toBe(12);
  });

  it("scales the yearly estimate to the period and rounds up to whole people", () => {
    expect(periodPopulation({ annualUsers: 97, period: QUARTER })).toBe(25);
    expect(periodPopulation({ annualUsers: 400, period: QUARTER })).toBe(100);
    expect(periodPopulation({ annualUsers: null, period: QUARTER })).toBeNull();
  });

  it("uses the services' total when every service has an estimate, else the unit's", () => {
    expect(annualUsersOfUnit({ unitEstimate: 50, servicesTotal: 80 })).toBe(80);
    expect(annualUsersOfUnit({ unitEstimate: 50, servicesTotal: null })).toBe(50);
    expect(annualUsersOfUnit({ unitEstimate: 0, servicesTotal: null })).toBeNull();
  });

  it("is representative from exactly the minimum sample on", () => {
    const minimum = minimumSample(100);
    const at = sampleStatus({ annualUsers: 400, period: QUARTER, respondents: minimum });
    const below = sampleStatus({ annualUsers: 400, period: QUARTER, respondents: minimum - 1 });

    expect(at).toEqual({ population: 100, minimumSample: 80, representative: true });
    expect(below.representative).toBe(false);
  });
});

describe("ranks by IKM", () => {
  it("gives tied units the same rank and skips the next one", () => {
    const ranked = rankByIkm([{ ikm: 90 }, { ikm: 95.5 }, { ikm: 90 }, { ikm: null }, { ikm: 80 }]);

    expect(ranked.map((row) => row.rank)).toEqual([2, 1, 2, null, 4]);
  });
});

describe("the ranking page's address", () => {
  it("falls back to the best IKM first when the order in the address is unreadable", () => {
    expect(parseRankingParams({ urut: "x", arah: "y" })).toEqual({
      periode: undefined,
      opd: undefined,
      sort: "ikm",
      direction: "desc",
    });
  });

  it("keeps an unreadable agency or period as typed, so that the page answers it as unknown", () => {
    const params = parseRankingParams({ opd: "'", periode: ["<b>", "2026-triwulan-1"] });

    expect(params).toMatchObject({ opd: "'", periode: "<b>" });
  });

  it("reads an empty agency or period as none chosen", () => {
    expect(parseRankingParams({ opd: "", periode: "  " })).toMatchObject({
      opd: undefined,
      periode: undefined,
    });
  });

  it("sorts names A to Z by default and reverses a column clicked a second time", () => {
    const byName = parseRankingParams({ urut: "nama", opd: "bapenda" });

    expect(byName.direction).toBe("asc");
    expect(rankingHref(byName, "nama")).toBe("/peringkat?opd=bapenda&urut=nama&arah=turun");
    expect(rankingHref(byName, "responden")).toBe(
      "/peringkat?opd=bapenda&urut=responden&arah=turun",
    );
  });
});
