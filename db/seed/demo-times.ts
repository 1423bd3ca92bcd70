import { type Random, weighted } from "./demo-random";

// When people answer: right after being served, so mostly in office hours (WITA), busiest in
// the late morning, with a lunch dip and a few in the evening from home; few on Saturdays and
// fewer on Sundays (some offices, Samsat among them, open on Saturday mornings).

const HOURS: ReadonlyArray<readonly [number, number]> = [
  [7, 2],
  [8, 9],
  [9, 15],
  [10, 16],
  [11, 14],
  [12, 7],
  [13, 10],
  [14, 11],
  [15, 8],
  [16, 4],
  [17, 1.5],
  [18, 1],
  [19, 1],
  [20, 0.8],
  [21, 0.5],
];

/** Sunday first, as Date.getUTCDay counts. Friday prayers shorten the working day. */
const DAY_WEIGHTS = [0.05, 1, 1, 1, 1, 0.8, 0.2] as const;

export type DemoCalendar = {
  days: ReadonlyArray<readonly [string, number]>;
  /** No answer after this instant (the current period is not over yet). */
  until: number;
  from: number;
};

function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  const day = new Date(`${first}T00:00:00Z`);
  while (day.toISOString().slice(0, 10) <= last) {
    days.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return days;
}

function weekdayOf(day: string): number {
  // Noon WITA falls on the same calendar day in UTC.
  return new Date(`${day}T12:00:00+08:00`).getUTCDay();
}

/** The WITA days of a period, each weighted by its weekday, up to `until` if it is earlier. */
export function demoCalendar(
  period: { startDate: string; endDate: string },
  until: Date | null,
): DemoCalendar {
  const from = Date.parse(`${period.startDate}T00:00:00+08:00`);
  const end = Date.parse(`${period.endDate}T23:59:59+08:00`);
  const last = Math.min(end, until?.getTime() ?? Infinity);
  const lastDay = new Date(last + 8 * 3_600_000).toISOString().slice(0, 10);
  const days = daysBetween(period.startDate, lastDay < period.endDate ? lastDay : period.endDate);
  return { days: days.map((day) => [day, DAY_WEIGHTS[weekdayOf(day)]!]), from, until: last };
}

function two(value: number): string {
  return String(value).padStart(2, "0");
}

/** A moment of answering inside the calendar, in office hours more often than not. */
export function demoSubmittedAt(random: Random, calendar: DemoCalendar): Date {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const day = weighted(random, calendar.days);
    const hour = weighted(random, HOURS);
    const minute = Math.floor(random() * 60);
    const second = Math.floor(random() * 60);
    const instant = Date.parse(`${day}T${two(hour)}:${two(minute)}:${two(second)}+08:00`);
    if (instant >= calendar.from && instant <= calendar.until) return new Date(instant);
  }
  // The period has barely begun (before office hours on its first day): any moment so far.
  return new Date(calendar.from + random() * (calendar.until - calendar.from));
}
