import type { ReactNode } from "react";

/**
 * A table wider than the screen scrolls inside this box, never the page; keyboard users too.
 * `relative` keeps screen-reader-only text (absolutely placed) from widening the page.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative max-w-full overflow-x-auto"
    >
      {children}
    </div>
  );
}
