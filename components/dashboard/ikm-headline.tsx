import { GradeBadge } from "@/components/grade-badge";
import type { PeriodFigures } from "@/lib/dashboard/queries";
import { describeDifference, type PeriodChange } from "@/lib/dashboard/trend";
import { formatDaySpan } from "@/lib/format/date";
import { formatInteger, formatScore } from "@/lib/format/number";

/** The change from the period before, in one sentence. */
export function changeSentence(change: PeriodChange | null): string {
  if (change === null) {
    return "Perubahan dari periode sebelumnya dihitung untuk periode penuh; hapus rentang tanggal untuk melihatnya.";
  }
  if (change.kind === "no-previous") return "Belum ada periode sebelumnya untuk dibandingkan.";
  const previous = change.previous;
  if (change.kind === "not-comparable") {
    if (previous.withheld) {
      return (
        `Angka ${previous.name} untuk pilihan ini tidak ditampilkan agar penilai tidak bisa ` +
        "dikenali, jadi perubahannya tidak bisa dihitung."
      );
    }
    return previous.ikm === null
      ? `Belum ada penilaian pada ${previous.name}, jadi perubahannya belum bisa dihitung.`
      : `IKM ${previous.name}: ${formatScore(previous.ikm)}.`;
  }
  const words = describeDifference(change.difference);
  const sentence = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  return `${sentence} dari ${previous.name} (${formatScore(previous.ikm!)}).`;
}

/**
 * When the respondents answered: the period, or for a date range the days the figures really
 * cover, which whole blocks of days may widen beyond the chosen dates (the notes say why).
 */
function answeredWhen(figures: PeriodFigures): string {
  const { coverage, range, survey } = figures;
  if (!range) return `mengisi survei pada ${survey.name}`;
  if (!coverage) return "mengisi survei dalam rentang tanggal ini";
  // A span with answers left out (other services' blocks) holds more people than these.
  if (!coverage.complete) {
    return `yang dihitung, sebagian dari yang mengisi survei pada ${formatDaySpan(coverage)}`;
  }
  return `mengisi survei pada ${formatDaySpan(coverage)}`;
}

/** The scope's IKM with its grade and kinerja, the change from the period before, respondents. */
export function IkmHeadline({ name, figures }: { name: string; figures: PeriodFigures }) {
  const { result, respondents, survey } = figures;
  if (!result && figures.withheld) {
    return <p className="text-lg font-semibold">{figures.withheld}</p>;
  }
  if (!result) {
    return (
      <p className="text-lg font-semibold">
        Belum ada penilaian untuk {name} pada {survey.name}
        {figures.range ? " dalam rentang tanggal ini" : ""}.
      </p>
    );
  }
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      <div className="rounded border border-line p-4">
        <dt className="font-semibold">Indeks Kepuasan Masyarakat (IKM)</dt>
        <dd className="mt-1 flex flex-wrap items-center gap-3">
          <span className="text-4xl font-bold">{formatScore(result.ikm)}</span>
          <GradeBadge grade={result.grade} />
        </dd>
        <dd className="mt-1">
          Mutu pelayanan {result.grade}, kinerja {result.performance.toLowerCase()}.
        </dd>
        <dd className="mt-1">{changeSentence(figures.change)}</dd>
      </div>
      <div className="rounded border border-line p-4">
        <dt className="font-semibold">Responden</dt>
        <dd className="mt-1 text-4xl font-bold">{formatInteger(respondents)}</dd>
        <dd className="mt-1">orang {answeredWhen(figures)}.</dd>
      </div>
    </dl>
  );
}
