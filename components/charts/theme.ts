import type { ChartOptions } from "chart.js";

import { formatInteger } from "@/lib/format/number";

// The theme's brand-700, danger and ink: each at least 4.5:1 against white.
export const BRAND = "#084b8f";
export const DANGER = "#b3261e";
export const INK = "#1b1f24";
export const FONT = { size: 16, family: "system-ui, sans-serif" };

const tickStyle = { color: INK, font: FONT };

/** Horizontal bars with whole-number ticks on a value axis that starts at `min`. */
export function horizontalBarOptions({
  min,
  max,
  stepSize,
  label,
}: {
  min: number;
  max?: number;
  stepSize?: number;
  label: (value: number) => string;
}): ChartOptions<"bar"> {
  return {
    indexAxis: "y",
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { display: false },
      tooltip: {
        titleFont: FONT,
        bodyFont: FONT,
        callbacks: { label: (item) => label(item.parsed.x ?? 0) },
      },
    },
    scales: {
      x: {
        min,
        max,
        ticks: {
          ...tickStyle,
          stepSize,
          precision: 0,
          callback: (value) => formatInteger(Number(value)),
        },
      },
      y: { ticks: { ...tickStyle, autoSkip: false } },
    },
  };
}

// chart.js draws tick labels at its default line height, 1.2 × the font size.
const LINE_PX = FONT.size * 1.2;
const GAP_PX = 14;
const SMALLEST_BAND_PX = 40;
/** The value axis below the bars: its tick labels and padding. */
const AXIS_PX = 44;

/**
 * The height of a horizontal bar chart. chart.js gives every bar the same band, whatever its
 * label, so each band must hold the label with the most lines; a total of all lines (what
 * this once added up) leaves a long label spilling over its neighbours.
 */
export function barChartHeight(labels: ReadonlyArray<ReadonlyArray<string>>): string {
  const lines = Math.max(1, ...labels.map((label) => label.length));
  const band = Math.max(SMALLEST_BAND_PX, lines * LINE_PX + GAP_PX);
  return `${Math.ceil(labels.length * band + AXIS_PX)}px`;
}
