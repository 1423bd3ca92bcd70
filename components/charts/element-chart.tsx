"use client";

import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  type ChartData,
  LinearScale,
  Tooltip,
} from "chart.js";
import { Bar } from "react-chartjs-2";

import { formatScore } from "@/lib/format/number";

import { barChartHeight, BRAND, DANGER, horizontalBarOptions } from "./theme";
import { useWrappedLabels } from "./use-wrapped-labels";

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip);

export type ElementBar = { label: string; value: number; weakest: boolean };

const options = horizontalBarOptions({ min: 25, max: 100, stepSize: 25, label: formatScore });

/**
 * The elements' values (NRR × 25) as horizontal bars; the weakest say so in their label too.
 * Without JavaScript the box is hidden: the caption and the table next to it carry the numbers.
 */
export function ElementChart({ bars, description }: { bars: ElementBar[]; description: string }) {
  const { ref, lines: labels } = useWrappedLabels(
    bars.map((bar) => (bar.weakest ? `${bar.label} (terlemah)` : bar.label)),
  );
  const data: ChartData<"bar", number[], string[]> = {
    labels,
    datasets: [
      {
        data: bars.map((bar) => bar.value),
        backgroundColor: bars.map((bar) => (bar.weakest ? DANGER : BRAND)),
        maxBarThickness: 32,
      },
    ],
  };
  return (
    <div
      ref={ref}
      className="relative w-full noscript:hidden"
      style={{ height: barChartHeight(labels) }}
    >
      <Bar data={data} options={options} role="img" aria-label={description} />
    </div>
  );
}
