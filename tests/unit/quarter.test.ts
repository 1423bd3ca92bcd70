import { describe, expect, it } from "vitest";

import { previousQuarter, quarterPeriod } from "@/lib/periods/quarter";

describe("quarters cut in WITA", () => {
  it("puts 31 March 16:30 UTC, already 1 April in Mataram, in Triwulan II", () => {
    const period = quarterPeriod(new Date("2026-03-31T16:30:00Z"));
    expect(period).toMatchObject({
      slug: "2026-triwulan-2",
      name: "Triwulan II 2026",
      startDate: "2026-04-01",
      endDate: "2026-06-30",
    });
  });

  it("keeps 31 March 15:59 UTC, 23:59 in Mataram, in Triwulan I", () => {
    expect(quarterPeriod(new Date("2026-03-31T15:59:00Z")).slug).toBe("2026-triwulan-1");
  });

  it("goes back from Triwulan I to Triwulan IV of the year before", () => {
    const period = previousQuarter(quarterPeriod(new Date("2026-02-10T00:00:00Z")));
    expect(period).toMatchObject({ slug: "2025-triwulan-4", endDate: "2025-12-31" });
  });
});
