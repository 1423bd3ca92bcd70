"use client";

import { type ReactNode, useEffect, useId, useRef, useState } from "react";

/**
 * A table wider than the screen scrolls inside this box, never the page; keyboard users too.
 * When it does overflow, a line above says so (shadows at the edges say it without JavaScript).
 * `relative` keeps screen-reader-only text (absolutely placed) from widening the page.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const region = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [overflows, setOverflows] = useState(false);

  useEffect(() => {
    const box = region.current;
    if (!box) return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div className="space-y-1">
      {overflows && (
        <p id={hintId} className="text-muted">
          <span aria-hidden="true">↔ </span>Geser tabel ke samping untuk melihat semua kolom.
        </p>
      )}
      <div
        ref={region}
        role="region"
        aria-label={label}
        aria-describedby={overflows ? hintId : undefined}
        tabIndex={0}
        className="relative max-w-full overflow-x-auto scroll-shadows"
      >
        {children}
      </div>
    </div>
  );
}
