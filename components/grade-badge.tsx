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

/**
 * A grade is never shown by colour alone: always its letter and its word. `compact` drops the
 * box on phones and lets the word go to a second line ("A –" / "Sangat Baik"), for table cells.
 */
export function GradeBadge({ grade, compact = false }: { grade: Grade; compact?: boolean }) {
  const box = compact
    ? "inline-block text-left sm:rounded sm:border-2 sm:px-2 sm:py-0.5 sm:whitespace-nowrap"
    : "inline-block rounded border-2 px-2 py-0.5 whitespace-nowrap";
  return (
    <span className={`${box} text-base font-semibold ${STYLES[grade]}`}>
      {grade} – <span className="whitespace-nowrap">{WORDS[grade]}</span>
    </span>
  );
}
