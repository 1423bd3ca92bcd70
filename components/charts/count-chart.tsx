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

import { formatInteger } from "@/lib/format/number";

import { barChartHeight, BRAND, horizontalBarOptions } from "./theme";
import { useWrappedLabels } from "./use-wrapped-labels";

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip);

export type CountBar = { label: string; value: number };

const options = horizontalBarOptions({ min: 0, label: (value) => `${formatInteger(value)} orang` });

/**
 * Numbers of people per group as horizontal bars. Without JavaScript the box is hidden: the
 * caption and the table next to it carry the numbers.
 */
export function CountChart({ bars, description }: { bars: CountBar[]; description: string }) {
  const { ref, lines: labels } = useWrappedLabels(bars.map((bar) => bar.label));
  const data: ChartData<"bar", number[], string[]> = {
    labels,
    datasets: [{ data: bars.map((bar) => bar.value), backgroundColor: BRAND, maxBarThickness: 32 }],
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
