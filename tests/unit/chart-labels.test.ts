import { describe, expect, it } from "vitest";

import { barChartHeight } from "@/components/charts/theme";
import { labelWidthOf } from "@/components/charts/use-wrapped-labels";
import { fitsCharacters, wrapLabel } from "@/components/charts/wrap-label";

describe("the labels of a bar chart", () => {
  it("wrap at spaces into lines that fit", () => {
    expect(wrapLabel("Balik nama kendaraan bermotor (BBNKB)", 18)).toEqual([
      "Balik nama",
      "kendaraan bermotor",
      "(BBNKB)",
    ]);
  });

  it("cut a word too long for any line with hyphens instead of letting it run off the chart", () => {
    const lines = wrapLabel("Rekomendasi Bakesbangpoldagri", fitsCharacters(8));
    expect(lines.every((line) => line.length <= 8)).toBe(true);
    expect(lines.join("").replaceAll("-", "")).toBe("RekomendasiBakesbangpoldagri");
  });

  it("are given at most half the chart's width, which is all that chart.js leaves them", () => {
    expect(labelWidthOf(328)).toBeLessThanOrEqual(328 / 2 - 11);
    expect(labelWidthOf(1200)).toBeLessThan(600);
  });
});

describe("the height of a horizontal bar chart", () => {
  it("gives every bar the room of the label with the most lines, as chart.js bands are equal", () => {
    const oneLong = [["a"], ["b", "c", "d", "e", "f"], ["g"]];
    const allLong = [
      ["a", "b", "c", "d", "e"],
      ["b", "c", "d", "e", "f"],
      ["g", "h", "i", "j", "k"],
    ];
    expect(barChartHeight(oneLong)).toBe(barChartHeight(allLong));
  });

  it("grows with the number of bars", () => {
    const px = (labels: string[][]) => Number.parseInt(barChartHeight(labels), 10);
    expect(px([["a"], ["b"], ["c"], ["d"]])).toBeGreaterThan(px([["a"], ["b"]]));
  });
});
