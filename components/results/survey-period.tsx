import type { Survey } from "@/db/schema";
import { formatDay } from "@/lib/format/date";
import { witaDate } from "@/lib/periods/wita";

type PeriodSurvey = Pick<Survey, "name" | "status" | "startDate" | "endDate" | "publishedAt">;

function statusNote(survey: PeriodSurvey, today: string): string {
  if (survey.status === "open" && survey.endDate < today) {
    return `Survei berakhir ${formatDay(survey.endDate)}. Angka di sini sementara sampai hasil resminya diumumkan.`;
  }
  if (survey.status === "open") {
    return `Survei masih berjalan sampai ${formatDay(survey.endDate)}. Angka di sini sementara dan masih bisa berubah.`;
  }
  if (survey.status === "published" && survey.publishedAt) {
    return `Hasil resmi, diumumkan ${formatDay(witaDate(survey.publishedAt))}.`;
  }
  return "Survei sudah ditutup. Angka di sini belum diumumkan resmi.";
}

/** The survey's name and dates, and whether its figures are still provisional. */
export function SurveyPeriod({ survey }: { survey: PeriodSurvey }) {
  const provisional = survey.status === "open";
  return (
    <div className="space-y-1">
      <p>
        Periode {survey.name}: {formatDay(survey.startDate)} – {formatDay(survey.endDate)}.
      </p>
      <p className={provisional ? "border-l-4 border-brand-700 bg-brand-50 px-3 py-2" : undefined}>
        {provisional && <strong>Sementara. </strong>}
        {statusNote(survey, witaDate(new Date()))}
      </p>
    </div>
  );
}
