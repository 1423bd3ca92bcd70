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

import { formatInteger, formatScore } from "@/lib/format/number";

import { wrapLabel } from "./wrap-label";

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip);

// The theme's brand-700 and danger: both at least 4.5:1 against white.
const BAR = "#084b8f";
const WEAKEST_BAR = "#b3261e";
const INK = "#1b1f24";
const FONT = { size: 16, family: "system-ui, sans-serif" };

export type ElementBar = { label: string; value: number; weakest: boolean };

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
      callbacks: { label: (item) => formatScore(item.parsed.x ?? 0) },
    },
  },
  scales: {
    x: {
      min: 25,
      max: 100,
      ticks: {
        stepSize: 25,
        color: INK,
        font: FONT,
        callback: (value) => formatInteger(Number(value)),
      },
    },
    y: { ticks: { color: INK, font: FONT, autoSkip: false } },
  },
};

/**
 * The elements' values (NRR × 25) as horizontal bars; the weakest say so in their label too.
 * Without JavaScript the box is hidden: the caption and the table next to it carry the numbers.
 */
export function ElementChart({ bars, description }: { bars: ElementBar[]; description: string }) {
  const data: ChartData<"bar", number[], string[]> = {
    labels: bars.map((bar) => wrapLabel(bar.weakest ? `${bar.label} (terlemah)` : bar.label)),
    datasets: [
      {
        data: bars.map((bar) => bar.value),
        backgroundColor: bars.map((bar) => (bar.weakest ? WEAKEST_BAR : BAR)),
        maxBarThickness: 32,
      },
    ],
  };
  return (
    <div className="relative h-[36rem] w-full noscript:hidden">
      <Bar data={data} options={options} role="img" aria-label={description} />
    </div>
  );
}
