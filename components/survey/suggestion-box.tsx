"use client";

import { useState } from "react";

import { formatInteger } from "@/lib/format/number";

/** A plain text box; the counter below it only informs and never blocks typing. */
export function SuggestionBox({
  name,
  maxLength,
  defaultValue,
  error,
}: {
  name: string;
  maxLength: number;
  defaultValue?: string;
  error?: string;
}) {
  const [length, setLength] = useState(defaultValue?.length ?? 0);
  const left = maxLength - length;
  const errorId = error ? `${name}-kesalahan` : undefined;

  return (
    <div id={name} className={error ? "border-l-4 border-danger pl-3" : undefined}>
      <label htmlFor={`${name}-isian`} className="mb-1 block text-lg font-semibold">
        Saran untuk unit ini (opsional)
      </label>
      <p id={`${name}-petunjuk`} className="mb-2 text-muted">
        Tulis apa yang perlu diperbaiki atau dipertahankan. Jangan tulis nama atau nomor telepon.
      </p>
      {error && (
        <p id={errorId} className="mb-2 font-semibold text-danger">
          <span className="sr-only">Kesalahan: </span>
          {error}
        </p>
      )}
      <textarea
        id={`${name}-isian`}
        name={name}
        rows={5}
        defaultValue={defaultValue}
        aria-describedby={[`${name}-petunjuk`, `${name}-sisa`, errorId].filter(Boolean).join(" ")}
        onChange={(event) => setLength(event.target.value.length)}
        className="block w-full rounded border-2 border-line p-2 text-base"
      />
      <p id={`${name}-sisa`} className="mt-1 text-muted">
        {left >= 0
          ? `Sisa ${formatInteger(left)} dari ${formatInteger(maxLength)} karakter`
          : `Lebih ${formatInteger(-left)} karakter dari batas ${formatInteger(maxLength)}`}
      </p>
    </div>
  );
}
