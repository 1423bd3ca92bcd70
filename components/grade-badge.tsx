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
 * A grade is never shown by colour alone: always its letter and its word, kept on one line
 * ("C – Kurang Baik") where the line has room. Where it has none it breaks after the first word,
 * which holds the letter and the dash: "C – Kurang" / "Baik", never a dash alone at the end of a
 * line. `compact`, for table cells, drops the box on phones and keeps to one line from 360 px;
 * below that a table's other columns need the room. Otherwise one line from 320 px (below, as at
 * 200% zoom on a phone, a box may break too).
 */
export function GradeBadge({ grade, compact = false }: { grade: Grade; compact?: boolean }) {
  const box = compact
    ? "inline-block text-left min-[22.5rem]:whitespace-nowrap sm:rounded sm:border-2 sm:px-2 sm:py-0.5"
    : "inline-block rounded border-2 px-2 py-0.5 min-[20rem]:whitespace-nowrap";
  const [first, ...rest] = WORDS[grade].split(" ");
  return (
    <span className={`${box} text-base font-semibold ${STYLES[grade]}`}>
      <span className="whitespace-nowrap">{`${grade} – ${first}`}</span>
      {rest.length > 0 && ` ${rest.join(" ")}`}
    </span>
  );
}
