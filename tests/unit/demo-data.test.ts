import { describe, expect, it } from "vitest";

import { demoRespondent } from "@/db/seed/demo-answers";
import { randomGenerator } from "@/db/seed/demo-random";
import { demoCalendar, demoSubmittedAt } from "@/db/seed/demo-times";

// A quarter that holds weekends and a full run of weekdays: Triwulan I 2026.
const PERIOD = { startDate: "2026-01-01", endDate: "2026-03-31" };
const CODES = ["persyaratan", "waktu", "pengaduan"];
const SIZE = 6_000;

function demoSheets(seed: number) {
  const random = randomGenerator(seed);
  const calendar = demoCalendar(PERIOD, null);
  return Array.from({ length: SIZE }, () =>
    demoRespondent({
      random,
      unitLevel: 3,
      serviceIds: [11, 12, 13, 14, 15, 16],
      codes: CODES,
      submittedAt: demoSubmittedAt(random, calendar),
    }),
  ).map(({ respondent, scores }) => ({ ...respondent, clientId: undefined, scores }));
}

const sheets = demoSheets(42);

function shareOf(predicate: (sheet: (typeof sheets)[number]) => boolean): number {
  return sheets.filter(predicate).length / sheets.length;
}

/** Hour and weekday in WITA (UTC+8, no daylight saving). */
function witaClock(instant: Date) {
  const wita = new Date(instant.getTime() + 8 * 3_600_000);
  return { hour: wita.getUTCHours(), weekday: wita.getUTCDay() };
}

describe("the demo answers", () => {
  it("are the same on every run with the same seed", () => {
    expect(demoSheets(42)).toEqual(sheets);
  });

  it("come mostly in office hours (WITA), with a few in the evening and none at night", () => {
    const hours = sheets.map((sheet) => witaClock(sheet.submittedAt!).hour);
    const office = hours.filter((hour) => hour >= 7 && hour < 17).length / hours.length;
    const evening = hours.filter((hour) => hour >= 17 && hour <= 21).length / hours.length;

    expect(office).toBeGreaterThan(0.9);
    expect(evening).toBeGreaterThan(0.02);
    expect(hours.filter((hour) => hour < 7 || hour > 21)).toEqual([]);
  });

  it("fall mostly on working days", () => {
    const weekend = shareOf((sheet) => [0, 6].includes(witaClock(sheet.submittedAt!).weekday));
    const sunday = shareOf((sheet) => witaClock(sheet.submittedAt!).weekday === 0);

    expect(weekend).toBeLessThan(0.08);
    expect(sunday).toBeLessThan(0.02);
    expect(sunday).toBeGreaterThan(0);
  });

  it("stay inside the period, and inside what has passed of a period still running", () => {
    const now = new Date("2026-02-10T11:30:00+08:00");
    const random = randomGenerator(7);
    const calendar = demoCalendar(PERIOD, now);
    const times = Array.from({ length: 2_000 }, () => demoSubmittedAt(random, calendar));

    expect(times.every((time) => time >= new Date("2026-01-01T00:00:00+08:00"))).toBe(true);
    expect(times.every((time) => time <= now)).toBe(true);
  });

  it("have adults aged 18 to 70, most of working age", () => {
    const ages = sheets.flatMap((sheet) => (sheet.age === null ? [] : [sheet.age!]));
    const working = ages.filter((age) => age >= 21 && age <= 60).length / ages.length;

    expect(Math.min(...ages)).toBeGreaterThanOrEqual(18);
    expect(Math.max(...ages)).toBeLessThanOrEqual(70);
    expect(working).toBeGreaterThan(0.75);
  });

  it("have mostly SMA/SMK or D4/S1 education and very few doctorates", () => {
    const answered = sheets.filter((sheet) => sheet.education !== null);
    const share = (codes: string[]) =>
      answered.filter((sheet) => codes.includes(sheet.education!)).length / answered.length;

    expect(share(["sma", "d4-s1"])).toBeGreaterThan(0.6);
    expect(share(["s3"])).toBeLessThan(0.015);
    expect(share(["sd", "smp"])).toBeGreaterThan(0.1);
  });

  it("have students among the young and few civil servants past retirement age", () => {
    const young = sheets.filter((sheet) => sheet.age !== null && sheet.age! < 23);
    const old = sheets.filter((sheet) => sheet.age !== null && sheet.age! > 60);
    const studentsAmongYoung = young.filter((s) => s.occupation === "pelajar-mahasiswa").length;
    const servantsAmongOld = old.filter((s) => s.occupation === "pns").length;

    expect(studentsAmongYoung / young.length).toBeGreaterThan(0.4);
    expect(servantsAmongOld / old.length).toBeLessThan(0.06);
  });

  it("let some skip the optional profile questions", () => {
    expect(shareOf((sheet) => sheet.education === null)).toBeGreaterThan(0.05);
    expect(shareOf((sheet) => sheet.education === null)).toBeLessThan(0.25);
  });

  it("choose a unit's first, busiest service more often than its last", () => {
    const first = shareOf((sheet) => sheet.serviceId === 11);
    const last = shareOf((sheet) => sheet.serviceId === 16);
    expect(first).toBeGreaterThan(last * 3);
  });
});
