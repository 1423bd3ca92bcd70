import { describe, expect, it } from "vitest";

import { formatPercent } from "@/lib/format/number";

describe("shares shown as percentages", () => {
  it("always carry one decimal, so that whole and broken shares read alike", () => {
    expect([0.14, 0.434, 0, 1].map(formatPercent)).toEqual(["14,0%", "43,4%", "0,0%", "100,0%"]);
  });

  it("round the second decimal half-up", () => {
    expect(formatPercent(0.12345)).toBe("12,3%");
    expect(formatPercent(0.0995)).toBe("10,0%");
  });
});
