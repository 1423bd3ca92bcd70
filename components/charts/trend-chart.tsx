"use client";

import {
  CategoryScale,
  Chart as ChartJS,
  type ChartData,
  type ChartOptions,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import { Line } from "react-chartjs-2";

import { formatInteger, formatScore } from "@/lib/format/number";

import { BRAND, FONT, INK } from "./theme";
import { wrapLabel } from "./wrap-label";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip);

export type TrendValue = { label: string; value: number | null };

/** An axis from a multiple of 5 below the lowest value to one above the highest, within 25–100. */
function axisBounds(values: number[]): { min: number; max: number } {
  if (values.length === 0) return { min: 25, max: 100 };
  const min = Math.max(25, Math.floor((Math.min(...values) - 5) / 5) * 5);
  const max = Math.min(100, Math.ceil((Math.max(...values) + 5) / 5) * 5);
  return { min, max };
}

/**
 * The IKM of each period as a line; a period without answers is a gap, not a zero. Without
 * JavaScript the box is hidden: the caption and the table next to it carry the numbers.
 */
export function TrendChart({ values, description }: { values: TrendValue[]; description: string }) {
  const { min, max } = axisBounds(values.flatMap((point) => point.value ?? []));
  const options: ChartOptions<"line"> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { display: false },
      tooltip: {
        titleFont: FONT,
        bodyFont: FONT,
        callbacks: { label: (item) => formatScore(item.parsed.y ?? 0) },
      },
    },
    scales: {
      x: { ticks: { color: INK, font: FONT, autoSkip: false, maxRotation: 0 } },
      y: {
        min,
        max,
        ticks: { stepSize: 5, color: INK, font: FONT, callback: (v) => formatInteger(Number(v)) },
      },
    },
  };
  const data: ChartData<"line", Array<number | null>, string[]> = {
    labels: values.map((point) => wrapLabel(point.label, 12)),
    datasets: [
      {
        data: values.map((point) => point.value),
        borderColor: BRAND,
        backgroundColor: BRAND,
        borderWidth: 3,
        pointRadius: 5,
        spanGaps: false,
      },
    ],
  };
  return (
    <div className="relative h-80 w-full noscript:hidden">
      <Line data={data} options={options} role="img" aria-label={description} />
    </div>
  );
}
