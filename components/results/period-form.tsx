import type { Survey } from "@/db/schema";

import { PeriodSelect } from "./period-select";
import { ShowButton } from "./show-button";

/** A GET form that shows a unit's results for another public period; none when there is one. */
export function PeriodForm({
  action,
  periods,
  selected,
}: {
  action: string;
  periods: Survey[];
  selected?: string;
}) {
  if (periods.length < 2) return null;
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1 basis-56">
        <PeriodSelect periods={periods} selected={selected} />
      </div>
      <ShowButton />
    </form>
  );
}
