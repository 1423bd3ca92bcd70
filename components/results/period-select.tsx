import type { Survey } from "@/db/schema";

export const SELECT_CLASS =
  "min-h-11 w-full max-w-full min-w-0 rounded border-2 border-ink bg-white px-3 py-2 text-base";

function optionLabel(survey: Pick<Survey, "name" | "status">): string {
  return survey.status === "open" ? `${survey.name} (hasil sementara)` : survey.name;
}

/** The public periods, newest first, for a GET form's `periode`. */
export function PeriodSelect({
  periods,
  selected,
}: {
  periods: ReadonlyArray<Pick<Survey, "slug" | "name" | "status">>;
  selected?: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor="periode" className="block font-semibold">
        Periode survei
      </label>
      <select id="periode" name="periode" defaultValue={selected} className={SELECT_CLASS}>
        {periods.map((survey) => (
          <option key={survey.slug} value={survey.slug}>
            {optionLabel(survey)}
          </option>
        ))}
      </select>
    </div>
  );
}
