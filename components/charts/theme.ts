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

/**
 * The height of a horizontal bar chart that leaves every wrapped label room for all its lines
 * (16 px text) plus a gap, so that long element names never run into each other on a phone.
 */
export function barChartHeight(labels: ReadonlyArray<ReadonlyArray<string>>): string {
  const rem = labels.reduce((total, lines) => total + Math.max(lines.length, 1) * 1.25 + 1, 3);
  return `${Math.max(10, rem)}rem`;
}
