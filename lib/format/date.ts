import { TZDate } from "@date-fns/tz";

import { WITA } from "@/lib/periods/wita";

const longDate = new Intl.DateTimeFormat("id-ID", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: WITA,
});

/** A calendar day (YYYY-MM-DD, already in WITA) as "31 Desember 2026". */
export function formatDay(day: string): string {
  return longDate.format(new TZDate(`${day}T12:00:00`, WITA));
}
