import type { ReactNode } from "react";

import { BreakableText } from "../breakable-text";

export type Choice = { value: string; label: string };

/**
 * A native radio group: one fieldset named by its legend, options stacked, each whole row a
 * tap target of at least 44 px. Errors sit inside the group and are tied to it.
 */
export function ChoiceList({
  name,
  legend,
  hint,
  choices,
  checked,
  error,
  legendSize = "base",
}: {
  name: string;
  legend: ReactNode;
  hint?: string;
  choices: ReadonlyArray<Choice>;
  checked?: string;
  error?: string;
  legendSize?: "base" | "large";
}) {
  const hintId = hint ? `${name}-petunjuk` : undefined;
  const errorId = error ? `${name}-kesalahan` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    // A fieldset is as wide as its longest word by default (min-inline-size: min-content); at
    // 200% zoom on a phone, "Pelajar/mahasiswa" widened the page. Labels break after a slash and,
    // as a last resort, inside a word.
    <fieldset
      id={name}
      aria-describedby={describedBy}
      className={`min-w-0 space-y-2 ${error ? "border-l-4 border-danger pl-3" : ""}`}
    >
      <legend
        className={`mb-2 font-semibold ${legendSize === "large" ? "text-lg leading-snug" : "text-base"}`}
      >
        {legend}
      </legend>
      {hint && (
        <p id={hintId} className="text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="font-semibold text-danger">
          <span className="sr-only">Kesalahan: </span>
          {error}
        </p>
      )}
      <div className="space-y-2">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded border border-line/60 px-2 py-2 hover:border-brand-700 has-checked:border-brand-700 has-checked:bg-brand-50 min-[20rem]:gap-3 min-[20rem]:px-3"
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              defaultChecked={checked === choice.value}
              className="size-6 shrink-0 accent-brand-700"
            />
            <span className="min-w-0 wrap-break-word">
              <BreakableText text={choice.label} />
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
