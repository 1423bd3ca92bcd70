"use client";

import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";

/** "Ada masalah": receives focus and links to each question that needs an answer. */
export function ErrorSummary({
  message,
  fieldErrors,
  order,
  children,
}: {
  message?: string;
  fieldErrors: Record<string, string>;
  order: ReadonlyArray<string>;
  children?: ReactNode;
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
              <a
                href={`#${name}`}
                onClick={(event) => focusQuestion(event, name)}
                className="font-semibold text-danger"
              >
                {fieldErrors[name]}
              </a>
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}

// A plain anchor scrolls to the question but leaves focus where it was; the person should be
// able to answer at once. Focus goes to the question's first input and the question (with its
// legend or label) is scrolled into view. Without JavaScript the anchor still scrolls.
function focusQuestion(event: MouseEvent<HTMLAnchorElement>, name: string): void {
  const question = document.getElementById(name);
  const input = question?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select");
  if (!question || !input) return;

  event.preventDefault();
  input.focus({ preventScroll: true });
  question.scrollIntoView({ block: "start" });
}
