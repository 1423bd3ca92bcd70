import type { InputHTMLAttributes } from "react";

/** A labelled text input with its hint and error tied to it. */
export function FormField({
  name,
  label,
  hint,
  error,
  ...input
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
} & InputHTMLAttributes<HTMLInputElement>) {
  const hintId = hint ? `${name}-petunjuk` : undefined;
  const errorId = error ? `${name}-kesalahan` : undefined;
  return (
    <div id={name} className={error ? "border-l-4 border-danger pl-3" : undefined}>
      <label htmlFor={`${name}-isian`} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mb-2 text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mb-2 font-semibold text-danger">
          <span className="sr-only">Kesalahan: </span>
          {error}
        </p>
      )}
      <input
        id={`${name}-isian`}
        name={name}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="block min-h-11 w-full rounded border-2 border-line px-3 text-base"
        {...input}
      />
    </div>
  );
}
