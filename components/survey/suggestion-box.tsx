"use client";

import { useState, useSyncExternalStore } from "react";

import { formatInteger } from "@/lib/format/number";
import { measureSuggestion, type SuggestionSize } from "@/lib/survey/suggestion";

const noSubscription = () => () => {};

/**
 * A plain text box; the counter below it only informs and never blocks typing. Rendered on the
 * server (and without JavaScript) it states the limit, which stays true while typing; once the
 * page is live it counts, the way the server counts.
 */
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
  const live = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [text, setText] = useState(defaultValue ?? "");
  const errorId = error ? `${name}-kesalahan` : undefined;

  return (
    <div id={name} className={error ? "border-l-4 border-danger pl-3" : undefined}>
      <label htmlFor={`${name}-isian`} className="mb-1 block text-lg font-semibold">
        Saran untuk unit ini (opsional)
      </label>
      <p id={`${name}-petunjuk`} className="mb-2 text-muted">
        Tulis apa yang perlu diperbaiki atau dipertahankan. Jangan tulis nama, NIK, nomor telepon,
        atau alamat e-mail.
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
        onChange={(event) => setText(event.target.value)}
        className="block w-full rounded border-2 border-line p-2 text-base"
      />
      <p id={`${name}-sisa`} className="mt-1 text-muted">
        {live
          ? counterText(measureSuggestion(text), maxLength)
          : `Paling banyak ${formatInteger(maxLength)} karakter.`}
      </p>
    </div>
  );
}

function counterText(size: SuggestionSize, maxLength: number): string {
  if (size.tooLarge) return "Terlalu panjang untuk disimpan; persingkat sedikit";
  const left = maxLength - size.length;
  return left >= 0
    ? `Sisa ${formatInteger(left)} dari ${formatInteger(maxLength)} karakter`
    : `Lebih ${formatInteger(-left)} karakter dari batas ${formatInteger(maxLength)}`;
}
