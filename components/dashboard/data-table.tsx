import type { ReactNode } from "react";

import { ScrollRegion } from "@/components/results/scroll-region";

export const CELL = "border-b border-line px-3 py-2 text-left align-top";
export const NUMBER_CELL = `${CELL} text-right`;

/** A table of a chart's numbers, with a caption and column headers, scrolling in its own box. */
export function DataTable({
  caption,
  headers,
  children,
  minWidth = "min-w-[20rem]",
}: {
  caption: string;
  headers: Array<{ label: string; numeric?: boolean }>;
  children: ReactNode;
  minWidth?: string;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className={`w-full border-collapse ${minWidth}`}>
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
