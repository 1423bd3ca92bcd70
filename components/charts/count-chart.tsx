"use client";

import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  type ChartData,
  type ChartOptions,
  LinearScale,
  Tooltip,
} from "chart.js";
import { Bar } from "react-chartjs-2";

import { formatInteger } from "@/lib/format/number";

import { wrapLabel } from "./wrap-label";

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip);

// The theme's brand-700: at least 4.5:1 against white.
const BAR = "#084b8f";
const INK = "#1b1f24";
const FONT = { size: 16, family: "system-ui, sans-serif" };

export type CountBar = { label: string; value: number };

const options: ChartOptions<"bar"> = {
  indexAxis: "y",
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  plugins: {
    legend: { display: false },
    tooltip: {
      titleFont: FONT,
      bodyFont: FONT,
      callbacks: { label: (item) => `${formatInteger(item.parsed.x ?? 0)} orang` },
    },
  },
  scales: {
    x: {
      beginAtZero: true,
      ticks: {
        precision: 0,
        color: INK,
        font: FONT,
        callback: (value) => formatInteger(Number(value)),
      },
    },
    y: { ticks: { color: INK, font: FONT, autoSkip: false } },
  },
};

/**
 * Numbers of people per group as horizontal bars. Without JavaScript the box is hidden: the
 * caption and the table next to it carry the numbers.
 */
export function CountChart({ bars, description }: { bars: CountBar[]; description: string }) {
  const data: ChartData<"bar", number[], string[]> = {
    labels: bars.map((bar) => wrapLabel(bar.label, 18)),
    datasets: [{ data: bars.map((bar) => bar.value), backgroundColor: BAR, maxBarThickness: 32 }],
  };
  return (
    <div
      className="relative w-full noscript:hidden"
      style={{ height: `${Math.max(10, bars.length * 3.5 + 4)}rem` }}
    >
      <Bar data={data} options={options} role="img" aria-label={description} />
    </div>
  );
}
