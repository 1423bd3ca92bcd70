"use client";

import { useEffect, useRef } from "react";

/** "Ada masalah": receives focus and links to each question that needs an answer. */
export function ErrorSummary({
  message,
  fieldErrors,
  order,
}: {
  message?: string;
  fieldErrors: Record<string, string>;
  order: ReadonlyArray<string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message, fieldErrors]);

  const fields = order.filter((name) => fieldErrors[name]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      autoFocus
      role="alert"
      aria-labelledby="ringkasan-kesalahan"
      className="mb-6 border-4 border-danger p-4"
    >
      <h2 id="ringkasan-kesalahan" className="mb-2 text-xl font-bold">
        Ada masalah
      </h2>
      {message && <p className="mb-2">{message}</p>}
      {fields.length > 0 && (
        <ul className="list-disc space-y-1 pl-5">
          {fields.map((name) => (
            <li key={name}>
              <a href={`#${name}`} className="font-semibold text-danger">
                {fieldErrors[name]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
