import { TZDate } from "@date-fns/tz";
import { endOfQuarter, format, getQuarter, startOfQuarter } from "date-fns";

import { WITA } from "./wita";

const ROMAN = ["I", "II", "III", "IV"] as const;

export type QuarterPeriod = {
  slug: string;
  name: string;
  kind: "triwulan";
  startDate: string;
  endDate: string;
};

/** The quarter (triwulan) that holds the given instant, cut in WITA. */
export function quarterPeriod(instant: Date): QuarterPeriod {
  const local = new TZDate(instant, WITA);
  const quarter = getQuarter(local);
  const year = local.getFullYear();
  return {
    slug: `${year}-triwulan-${quarter}`,
    name: `Triwulan ${ROMAN[quarter - 1]} ${year}`,
    kind: "triwulan",
    startDate: format(startOfQuarter(local), "yyyy-MM-dd"),
    endDate: format(endOfQuarter(local), "yyyy-MM-dd"),
  };
}

/** The quarter before the one given. */
export function previousQuarter(period: QuarterPeriod): QuarterPeriod {
  const dayBefore = new TZDate(`${period.startDate}T00:00:00`, WITA);
  dayBefore.setDate(dayBefore.getDate() - 1);
  return quarterPeriod(dayBefore);
}
