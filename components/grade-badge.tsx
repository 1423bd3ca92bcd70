import type { Grade } from "@/lib/ikm";

const STYLES: Record<Grade, string> = {
  A: "border-ok text-ok",
  B: "border-brand-700 text-brand-700",
  C: "border-[#8a5a00] text-[#8a5a00]",
  D: "border-danger text-danger",
};

const WORDS: Record<Grade, string> = {
  A: "Sangat Baik",
  B: "Baik",
  C: "Kurang Baik",
  D: "Tidak Baik",
};

/** A grade is never shown by colour alone: always its letter and its word. */
export function GradeBadge({ grade }: { grade: Grade }) {
  return (
    <span
      className={`inline-block rounded border-2 px-2 py-0.5 text-base font-semibold whitespace-nowrap ${STYLES[grade]}`}
    >
      {grade} – {WORDS[grade]}
    </span>
  );
}
