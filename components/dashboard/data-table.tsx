import type { ReactNode } from "react";

import { ScrollRegion } from "@/components/results/scroll-region";

export const CELL = "border-b border-line px-3 py-2 text-left align-top";
export const NUMBER_CELL = `${CELL} text-right`;

/**
 * A table of a chart's numbers, with a caption and column headers. Its columns are few enough
 * to fit a 320 px screen; should a cell still not fit, it scrolls in its own box.
 */
export function DataTable({
  caption,
  headers,
  children,
}: {
  caption: string;
  headers: Array<{ label: string; numeric?: boolean }>;
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse">
        <caption className="py-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header.label} scope="col" className={header.numeric ? NUMBER_CELL : CELL}>
                {header.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
