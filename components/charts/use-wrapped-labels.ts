"use client";

import { useEffect, useRef, useState } from "react";

import { FONT } from "./theme";
import { fitsCharacters, type Fits, wrapLabel } from "./wrap-label";

/** Until the chart's width is known (on the server, at the first paint): about this many. */
const FALLBACK_CHARACTERS = 18;
/** Labels never take more than this, so that wide screens keep room for the bars. */
const WIDEST_LABEL_PX = 340;

let context: CanvasRenderingContext2D | null | undefined;

function fitsPixels(width: number): Fits {
  context ??= document.createElement("canvas").getContext("2d");
  if (!context) return fitsCharacters(Math.floor(width / 9));
  const measuring = context;
  measuring.font = `${FONT.size}px ${FONT.family}`;
  return (line) => measuring.measureText(line).width <= width;
}

/**
 * chart.js gives the label axis of a horizontal bar chart at most half the chart's width and
 * cuts what is wider at the canvas's edge; the labels are wrapped, in pixels, to fit inside.
 */
export function labelWidthOf(chartWidth: number): number {
  // The axis also holds the tick mark (8 px) and its padding (3 px).
  return Math.max(40, Math.min(WIDEST_LABEL_PX, chartWidth / 2 - 16));
}

/** The labels wrapped to the measured width of the chart's box, updated as the box resizes. */
export function useWrappedLabels(labels: ReadonlyArray<string>) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    // A box not laid out yet measures 0: its labels would be cut into single letters.
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const fits = width === null ? FALLBACK_CHARACTERS : fitsPixels(labelWidthOf(width));
  return { ref, lines: labels.map((label) => wrapLabel(label, fits)) };
}
