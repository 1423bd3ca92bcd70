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

/** Two calendar days as "1 Oktober 2026 – 4 Desember 2026", or one day when they are the same. */
export function formatDaySpan({ first, last }: { first: string; last: string }): string {
  return first === last ? formatDay(first) : `${formatDay(first)} – ${formatDay(last)}`;
}

const clock = new Intl.DateTimeFormat("id-ID", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: WITA,
});

/** A time of day in WITA: "14.05". */
export function formatTime(instant: Date): string {
  return clock.format(instant);
}
