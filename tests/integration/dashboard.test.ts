import { randomUUID } from "node:crypto";

import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { type Education, respondents, services, type Sex, surveys, units } from "@/db/schema";
import type { Official, Scope } from "@/lib/auth/scope";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { FOLDED_LABEL } from "@/lib/dashboard/profile";
import { type DashboardTarget, loadDashboard } from "@/lib/dashboard/queries";
import { computeIkm, minimumSample } from "@/lib/ikm";
import { previousQuarter, quarterPeriod } from "@/lib/periods/quarter";
import { witaDate } from "@/lib/periods/wita";
import { recordAnswers } from "@/lib/survey/record-answers";

import { type Scores, scoresOf, tallyScores } from "./fixtures/respondents";
import { useTestDatabase } from "./test-database";

const { db } = useTestDatabase();

type Profile = { sex?: Sex; age?: number; education?: Education };
type Sheet = { scores: Scores; service?: number; at?: string; profile?: Profile };

const ids = {
  current: 0,
  previous: 0,
  units: new Map<string, number>(),
  agencies: new Map<string, number>(),
};
let firstDay = "";

function day(offset: number): string {
  const date = new Date(`${firstDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** "2T23:30:00" is 23:30 WITA on the period's third day (day 0 is the first). */
function witaTime(dayAndTime: string): string {
  const [offset, time] = dayAndTime.split("T");
  return `${day(Number(offset))}T${time}+08:00`;
}

function unitId(slug: string): number {
  const id = ids.units.get(slug);
  if (id === undefined) throw new Error(`No unit ${slug} in the seed`);
  return id;
}

function agencyOf(slug: string): number {
  return ids.agencies.get(slug)!;
}

async function serviceIds(slug: string): Promise<number[]> {
  const rows = await db()
    .select({ id: services.id })
    .from(services)
    .where(eq(services.unitId, unitId(slug)))
    .orderBy(asc(services.position));
  return rows.map((row) => row.id);
}

/** Stores answer sheets as a submission does: respondent, answers and tallies together. */
async function submit(slug: string, sheets: Sheet[], surveyId = ids.current): Promise<void> {
  const serviceList = await serviceIds(slug);
  for (const sheet of sheets) {
    await db().transaction(async (tx) => {
      const serviceId = serviceList[sheet.service ?? 0]!;
      const [respondent] = await tx
        .insert(respondents)
        .values({
          surveyId,
          unitId: unitId(slug),
          serviceId,
          submittedAt: new Date(witaTime(sheet.at ?? "20T10:00:00")),
          ...sheet.profile,
          channel: "web",
          clientId: randomUUID(),
        })
        .returning({ id: respondents.id, submittedAt: respondents.submittedAt });
      const given = Object.entries(sheet.scores).map(([code, score]) => ({ code, score: score! }));
      await recordAnswers(tx, {
        respondentId: respondent!.id,
        day: witaDate(respondent!.submittedAt),
        surveyId,
        unitId: unitId(slug),
        serviceId,
        scores: given,
      });
    });
  }
}

function sheets(count: number, sheet: Sheet): Sheet[] {
  return Array.from({ length: count }, () => sheet);
}

const MATARAM: Sheet[] = [
  ...sheets(6, { scores: scoresOf(4, { waktu: 3 }), profile: { sex: "perempuan", age: 25 } }),
  ...sheets(3, { scores: scoresOf(3), profile: { sex: "laki-laki", age: 45, education: "s3" } }),
  ...sheets(2, { scores: scoresOf(3, { biaya: 2 }) }),
];
const MATARAM_BEFORE: Sheet[] = sheets(3, { scores: scoresOf(3, { sarana: 2 }) });
const LOMBOK_BARAT: Sheet[] = [
  ...sheets(5, { scores: scoresOf(4), service: 0 }),
  ...sheets(5, { scores: scoresOf(2, { perilaku: 3 }), service: 1 }),
];
// Six answers for the first service, two for the second: the two can never be shown apart.
const LOMBOK_TIMUR: Sheet[] = [
  ...sheets(6, { scores: scoresOf(3), service: 0 }),
  ...sheets(2, { scores: scoresOf(1), service: 1 }),
];
const RS_MATA: Sheet[] = sheets(4, { scores: scoresOf(1, { prosedur: 2 }) });
const PERPUSTAKAAN: Sheet[] = sheets(2, { scores: scoresOf(3) });
// Ten, six and one answer for three services: the one can never be shown, nor the ten that
// it is pooled with, in any period of the trend either.
const BIMA: Sheet[] = [
  ...sheets(10, { scores: scoresOf(4), service: 0 }),
  ...sheets(6, { scores: scoresOf(3), service: 1 }),
  { scores: scoresOf(1), service: 2 },
];
const BIMA_BEFORE: Sheet[] = [
  ...sheets(8, { scores: scoresOf(2), service: 0 }),
  ...sheets(2, { scores: scoresOf(1), service: 2 }),
];
// Five answers on each of days 0 to 3, each day's first or last minutes included: a range of
// days 1 and 2 must take exactly the ten answers given between those two WITA midnights.
const DOMPU: Sheet[] = [
  ...sheets(4, { scores: scoresOf(1), at: "0T10:00:00" }),
  { scores: scoresOf(1), at: "0T23:59:59" },
  { scores: scoresOf(2), at: "1T00:00:00" },
  ...sheets(4, { scores: scoresOf(3, { waktu: 1 }), at: "1T09:00:00" }),
  ...sheets(4, { scores: scoresOf(4), at: "2T10:00:00" }),
  { scores: scoresOf(4), at: "2T23:30:00" },
  { scores: scoresOf(1), at: "3T00:10:00" },
  ...sheets(4, { scores: scoresOf(2), at: "3T11:00:00" }),
];
// One answer a day on days 0 to 9, each different: sparse enough that a day alone, or two
// ranges a day apart, would single a person out.
const SUMBAWA: Sheet[] = Array.from({ length: 10 }, (_, index) => ({
  scores: scoresOf(((index % 4) + 1) as 1 | 2 | 3 | 4, { sarana: index % 2 === 0 ? 4 : 1 }),
  at: `${index}T11:00:00`,
}));

function official(role: Official["role"], scope: Scope): Official {
  return { id: 1, email: `${role}@simaskot.test`, name: role, role, scope };
}

const province = official("admin_provinsi", { level: "province" });

function filters(raw: Record<string, string> = {}) {
  return parseDashboardFilters(raw).filters;
}

function load(who: Official, target: DashboardTarget, raw: Record<string, string> = {}) {
  return loadDashboard({ official: who, target, filters: filters(raw) });
}

function expectedIkm(list: Sheet[]) {
  return computeIkm(tallyScores(list.map((sheet) => sheet.scores)));
}

beforeAll(async () => {
  const [current] = await db().select().from(surveys).where(eq(surveys.status, "open"));
  ids.current = current!.id;
  firstDay = current!.startDate;
  const before = previousQuarter(quarterPeriod(new Date(`${firstDay}T12:00:00+08:00`)));
  const [previous] = await db()
    .insert(surveys)
    .values({ ...before, questionnaireId: current!.questionnaireId, status: "closed" })
    .returning({ id: surveys.id });
  ids.previous = previous!.id;
  const unitRows = await db()
    .select({ id: units.id, slug: units.slug, agencyId: units.agencyId })
    .from(units);
  for (const unit of unitRows) {
    ids.units.set(unit.slug, unit.id);
    ids.agencies.set(unit.slug, unit.agencyId);
  }

  await submit("samsat-mataram", MATARAM);
  await submit("samsat-mataram", MATARAM_BEFORE, ids.previous);
  await submit("samsat-lombok-barat", LOMBOK_BARAT);
  await submit("rs-mata-ntb", RS_MATA);
  await submit("perpustakaan-daerah-ntb", PERPUSTAKAAN);
  await submit("samsat-dompu", DOMPU);
  await submit("samsat-lombok-timur", LOMBOK_TIMUR);
  await submit("samsat-sumbawa", SUMBAWA);
  await submit("samsat-bima", BIMA);
  await submit("samsat-bima", BIMA_BEFORE, ids.previous);
});

describe("a unit's dashboard", () => {
  it("gives the IKM, grade and element values that computeIkm gives for its answers", async () => {
    const dashboard = await load(province, { level: "unit", slug: "samsat-mataram" });
    const expected = expectedIkm(MATARAM);
    const figures = dashboard!.period!;

    expect(figures.respondents).toBe(11);
    expect(figures.result).toMatchObject({
      ikm: expected.ikm,
      grade: expected.grade,
      performance: expected.performance,
    });
    for (const element of expected.elements) {
      expect(figures.result!.elements).toContainEqual(expect.objectContaining(element));
    }
    expect(figures.ranking).toBeNull();
  });

  it("states the change from the previous period with that period's name", async () => {
    const figures = (await load(province, { level: "unit", slug: "samsat-mataram" }))!.period!;
    const now = expectedIkm(MATARAM).ikm;
    const before = expectedIkm(MATARAM_BEFORE).ikm;

    expect(figures.change).toMatchObject({
      kind: "compared",
      difference: (Math.round(now * 100) - Math.round(before * 100)) / 100,
      previous: { surveyId: ids.previous, ikm: before },
    });
    expect(figures.trend.map((point) => point.ikm)).toEqual([before, now]);
  });

  it("folds groups under five respondents, and those who did not answer, into one", async () => {
    const figures = (await load(province, { level: "unit", slug: "samsat-mataram" }))!.period!;
    const groupsOf = (title: string) =>
      figures.profile.breakdowns
        .find((breakdown) => breakdown.title === title)!
        .groups.map(({ label, count }) => [label, count]);

    expect(groupsOf("Jenis kelamin")).toEqual([
      ["Perempuan", 6],
      [FOLDED_LABEL, 5],
    ]);
    expect(groupsOf("Umur")).toEqual([
      ["21–30 tahun", 6],
      [FOLDED_LABEL, 5],
    ]);
    // Three with an answer would form a fold under five, so the fold takes in the 8 too.
    expect(groupsOf("Pendidikan")).toEqual([[FOLDED_LABEL, 11]]);
    const education = figures.profile.breakdowns.find((b) => b.title === "Pendidikan")!;
    expect(education.fold).toEqual({ count: 11, tookInLarger: true });
  });

  it("counts only the answers given inside a date range cut at WITA midnight", async () => {
    const dashboard = await load(
      province,
      { level: "unit", slug: "samsat-dompu" },
      { dari: day(1), sampai: day(2) },
    );
    const figures = dashboard!.period!;

    expect(figures.respondents).toBe(10);
    expect(figures.result!.ikm).toBe(expectedIkm(DOMPU.slice(5, 15)).ikm);
    expect(figures.change).toBeNull();
    expect(figures.coverage).toEqual({ first: day(1), last: day(2), complete: true });
    expect(dashboard!.notes).toEqual([]);
  });

  it("rounds a range to whole runs of days holding at least five answers, and says so", async () => {
    const dashboard = await load(
      province,
      { level: "unit", slug: "samsat-sumbawa" },
      { dari: day(2), sampai: day(6) },
    );
    const figures = dashboard!.period!;

    expect(figures.respondents).toBe(5);
    expect(figures.result!.ikm).toBe(expectedIkm(SUMBAWA.slice(0, 5)).ikm);
    expect(figures.coverage).toEqual({ first: day(0), last: day(4), complete: true });
    expect(dashboard!.notes.join(" ")).toMatch(
      /kelompok hari yang masing-masing berisi sedikitnya 5/,
    );
  });

  it("says so when a range holds answers but no whole run of days", async () => {
    const figures = (await load(
      province,
      { level: "unit", slug: "samsat-sumbawa" },
      { dari: day(4), sampai: day(5) },
    ))!.period!;

    expect(figures.result).toBeNull();
    expect(figures.withheld).toMatch(/terlalu sedikit untuk ditampilkan/);
  });

  it("never lets two date ranges differ by fewer than five people", async () => {
    const seen = new Set<string>();
    for (let from = 0; from < 10; from += 1) {
      for (let to = from; to < 10; to += 1) {
        const figures = (await load(
          province,
          { level: "unit", slug: "samsat-sumbawa" },
          { dari: day(from), sampai: day(to) },
        ))!.period!;
        seen.add(`${figures.respondents}:${figures.result?.ikm}`);
      }
    }

    // Nothing, the two runs of five days, or both: any two views differ by a whole run.
    const views = [SUMBAWA.slice(0, 5), SUMBAWA.slice(5), SUMBAWA];
    expect([...seen].sort()).toEqual(
      ["0:undefined", ...views.map((list) => `${list.length}:${expectedIkm(list).ikm}`)].sort(),
    );
  });

  it("holds back figures that dates narrow to fewer than five respondents", async () => {
    const dashboard = await load(
      province,
      { level: "unit", slug: "perpustakaan-daerah-ntb" },
      { dari: day(20), sampai: day(20) },
    );
    const figures = dashboard!.period!;

    expect(figures.respondents).toBe(2);
    expect(figures.result).toBeNull();
    expect(figures.withheld).toMatch(/kurang dari 5 penilaian tidak ditampilkan/);
  });

  it("holds back units' rows that dates narrow to fewer than five, keeping their count", async () => {
    const figures = (await load(
      province,
      { level: "province" },
      { dari: day(20), sampai: day(20) },
    ))!.period!;
    const library = figures.ranking!.find((unit) => unit.slug === "perpustakaan-daerah-ntb");
    const mataram = figures.ranking!.find((unit) => unit.slug === "samsat-mataram");

    expect(library).toMatchObject({ respondents: 2, ikm: null });
    expect(mataram).toMatchObject({ respondents: 11, ikm: expectedIkm(MATARAM).ikm });
  });

  it("shows the respondent profile for whole periods only, never for a date range", async () => {
    const ranged = (await load(
      province,
      { level: "unit", slug: "samsat-dompu" },
      { dari: day(1), sampai: day(2) },
    ))!.period!;
    const whole = (await load(province, { level: "unit", slug: "samsat-dompu" }))!.period!;

    expect(ranged.profileWithheld).toMatch(
      /Profil responden hanya ditampilkan untuk satu periode penuh/,
    );
    expect(whole.profileWithheld).toBeNull();
  });

  it("narrows the figures to one service", async () => {
    const [, second] = await serviceIds("samsat-lombok-barat");
    const dashboard = await load(
      province,
      { level: "unit", slug: "samsat-lombok-barat" },
      { layanan: String(second) },
    );

    expect(dashboard!.scope).toMatchObject({ level: "unit", service: { id: second } });
    expect(dashboard!.period!.respondents).toBe(5);
    expect(dashboard!.period!.result!.ikm).toBe(expectedIkm(LOMBOK_BARAT.slice(5)).ikm);
  });

  it("holds back a service whose figures would reveal a service of fewer than five", async () => {
    const [first, second] = await serviceIds("samsat-lombok-timur");
    const unit = { level: "unit", slug: "samsat-lombok-timur" } as const;
    const larger = (await load(province, unit, { layanan: String(first) }))!.period!;
    const smaller = (await load(province, unit, { layanan: String(second) }))!.period!;
    const whole = (await load(province, unit))!.period!;

    expect(larger.result).toBeNull();
    expect(larger.withheld).toMatch(/tidak ditampilkan sendiri/);
    expect(smaller.result).toBeNull();
    expect(whole.result!.ikm).toBe(expectedIkm(LOMBOK_TIMUR).ikm);
  });

  it("leaves a held-back service out of the trend too, in every period", async () => {
    const [ten, six, one] = await serviceIds("samsat-bima");
    const unit = { level: "unit", slug: "samsat-bima" } as const;
    const view = async (service: number) =>
      (await load(province, unit, { layanan: String(service) }))!.period!;

    const alone = await view(six!);
    const pooled = await view(ten!);
    const single = await view(one!);

    expect(alone.trend.map((point) => point.ikm)).toEqual([
      null,
      expectedIkm(BIMA.slice(10, 16)).ikm,
    ]);
    expect(pooled.result).toBeNull();
    expect(pooled.trend.map((point) => point.ikm)).toEqual([null, null]);
    expect(single.trend.map((point) => point.ikm)).toEqual([null, null]);
    expect(pooled.change).toMatchObject({ kind: "not-comparable" });
  });

  it("shows no respondent profile for one service", async () => {
    const [, second] = await serviceIds("samsat-lombok-barat");
    const figures = (await load(
      province,
      { level: "unit", slug: "samsat-lombok-barat" },
      { layanan: String(second) },
    ))!.period!;

    expect(figures.result).not.toBeNull();
    expect(figures.profile.breakdowns.every((breakdown) => breakdown.groups.length === 0)).toBe(
      true,
    );
    expect(figures.profileWithheld).toMatch(/tidak per layanan/);
  });

  it("ignores a date that cannot be read, with a note", async () => {
    const parsed = parseDashboardFilters({ dari: "2026-02-30", sampai: "kemarin" });

    expect(parsed.filters.dari).toBeUndefined();
    expect(parsed.filters.sampai).toBeUndefined();
    expect(parsed.notes).toHaveLength(2);
  });
});

describe("the province's and an agency's dashboards", () => {
  it("pool the answers of every unit rather than averaging unit IKMs", async () => {
    const everyone = [
      ...MATARAM,
      ...LOMBOK_BARAT,
      ...RS_MATA,
      ...PERPUSTAKAAN,
      ...DOMPU,
      ...LOMBOK_TIMUR,
      ...SUMBAWA,
      ...BIMA,
    ];
    const provinceView = (await load(province, { level: "own" }))!.period!;
    const agencyView = (await load(province, { level: "agency", slug: "bapenda" }))!.period!;

    expect(provinceView.result!.ikm).toBe(expectedIkm(everyone).ikm);
    expect(provinceView.respondents).toBe(everyone.length);
    const bapenda = [...MATARAM, ...LOMBOK_BARAT, ...DOMPU, ...LOMBOK_TIMUR, ...SUMBAWA, ...BIMA];
    expect(agencyView.result!.ikm).toBe(expectedIkm(bapenda).ikm);
  });

  it("rank the units and list those short of their minimum sample", async () => {
    const figures = (await load(province, { level: "province" }))!.period!;
    const rsMata = figures.ranking!.find((unit) => unit.slug === "rs-mata-ntb");
    const library = figures.samples.find((unit) => unit.slug === "perpustakaan-daerah-ntb");

    expect(figures.ranking).toHaveLength(ids.units.size);
    expect(rsMata).toMatchObject({ respondents: 4, ikm: expectedIkm(RS_MATA).ikm });
    expect(library).toMatchObject({ respondents: 2, shortBy: minimumSample(15_000) - 2 });
  });
});

describe("what an official may see", () => {
  const bapendaAdmin = () =>
    official("admin_opd", { level: "agency", agencyId: agencyOf("samsat-mataram") });
  const mataramOperator = () =>
    official("operator_unit", {
      level: "unit",
      agencyId: agencyOf("samsat-mataram"),
      unitId: unitId("samsat-mataram"),
    });

  it("gives an agency admin nothing for another agency's unit or for the province", async () => {
    expect(await load(bapendaAdmin(), { level: "unit", slug: "rs-mata-ntb" })).toBeNull();
    expect(await load(bapendaAdmin(), { level: "agency", slug: "dinkes" })).toBeNull();
    expect(await load(bapendaAdmin(), { level: "province" })).toBeNull();
    expect(await load(bapendaAdmin(), { level: "unit", slug: "samsat-mataram" })).not.toBeNull();
  });

  it("gives a unit operator nothing for another unit of the same agency", async () => {
    expect(await load(mataramOperator(), { level: "unit", slug: "samsat-dompu" })).toBeNull();
    expect(await load(mataramOperator(), { level: "agency", slug: "bapenda" })).toBeNull();
    const own = await load(mataramOperator(), { level: "own" });
    expect(own!.scope).toMatchObject({ level: "unit", unit: { slug: "samsat-mataram" } });
    expect(own!.options.units).toEqual([]);
  });

  it("gives nothing for a draft period named in the address", async () => {
    const [current] = await db().select().from(surveys).where(eq(surveys.id, ids.current));
    await db().insert(surveys).values({
      slug: "draf-uji",
      name: "Draf uji",
      kind: "triwulan",
      startDate: current!.startDate,
      endDate: current!.endDate,
      questionnaireId: current!.questionnaireId,
      status: "draft",
    });

    expect(await load(province, { level: "own" }, { periode: "draf-uji" })).toBeNull();
  });

  it("gives nothing when a filter names another agency's unit or service", async () => {
    const [rsMataService] = await serviceIds("rs-mata-ntb");

    expect(await load(bapendaAdmin(), { level: "own" }, { unit: "rs-mata-ntb" })).toBeNull();
    expect(
      await load(bapendaAdmin(), { level: "own" }, { layanan: String(rsMataService) }),
    ).toBeNull();
    expect(await load(bapendaAdmin(), { level: "own" }, { opd: "dinkes" })).toBeNull();
    expect(await load(bapendaAdmin(), { level: "own" }, { unit: "tidak-ada" })).toBeNull();
  });
});
