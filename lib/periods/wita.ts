import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export const WITA = "Asia/Makassar";

/** The calendar day in WITA at the given instant, as YYYY-MM-DD. */
export function witaDate(instant: Date): string {
  return format(new TZDate(instant, WITA), "yyyy-MM-dd");
}
