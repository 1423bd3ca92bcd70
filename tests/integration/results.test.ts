import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { services, surveys, units } from "@/db/schema";
import { computeIkm, minimumSample } from "@/lib/ikm";
import {
  getAgencySummary,
  getProvinceSummary,
  getUnitResult,
  rankUnits,
} from "@/lib/results/queries";

import { insertRespondent, type Scores, scoresOf, tallyScores } from "./fixtures/respondents";
import { useTestDatabase } from "./test-database";

const { db } = useTestDatabase();

const ANSWERS: Record<string, Scores[]> = {
  "samsat-mataram": [scoresOf(4)],
  "rs-mata-ntb": [scoresOf(4), scoresOf(4)],
  "samsat-lombok-barat": [
    scoresOf(3, { waktu: 2, biaya: 2 }),
    scoresOf(4, { waktu: 3, biaya: 3 }),
    scoresOf(3, { waktu: 2, biaya: 2, pengaduan: undefined }),
  ],
  // 97 people a year: 25 in a quarter, whose minimum sample is 24.
  "puslansos-bina-laras-mutmainnah": Array.from({ length: 24 }, () => scoresOf(3)),
};

let surveyId = 0;
const unitIds = new Map<string, number>();

function unitId(slug: string): number {
  const id = unitIds.get(slug);
  if (id === undefined) throw new Error(`No unit ${slug} in the seed`);
  return id;
}

beforeAll(async () => {
  const [survey] = await db().select().from(surveys).where(eq(surveys.status, "open"));
  surveyId = survey!.id;
  for (const unit of await db().select({ id: units.id, slug: units.slug }).from(units)) {
    unitIds.set(unit.slug, unit.id);
  }
  for (const [slug, list] of Object.entries(ANSWERS)) {
    for (const scores of list) {
      await insertRespondent({ db: db(), surveyId, unitId: unitId(slug), scores });
    }
  }
});

describe("getUnitResult", () => {
  it("gives what computeIkm gives for the unit's answers, leaving blank answers out", async () => {
    const { respondents, result } = await getUnitResult({
      surveyId,
      unitId: unitId("samsat-lombok-barat"),
    });
    const expected = computeIkm(tallyScores(ANSWERS["samsat-lombok-barat"]!));

    expect(respondents).toBe(3);
    expect(result).toMatchObject({ ikm: expected.ikm, grade: expected.grade });
    expect(result!.elements.find((element) => element.code === "pengaduan")).toMatchObject({
      sum: 7,
      count: 2,
    });
    for (const element of expected.elements) {
      expect(result!.elements).toContainEqual(expect.objectContaining(element));
    }
  });

  it("names the nine elements from the questionnaire, in its order", async () => {
    const { result } = await getUnitResult({ surveyId, unitId: unitId("samsat-lombok-barat") });
    const positions = result!.elements.map((element) => element.position);

    expect(result!.elements).toHaveLength(9);
    expect(result!.elements[0]).toMatchObject({ code: "persyaratan", name: "Persyaratan" });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(result!.unanswered).toEqual([]);
  });

  it("marks every element tied for the lowest NRR as the weakest", async () => {
    const { result } = await getUnitResult({ surveyId, unitId: unitId("samsat-lombok-barat") });
    const weakest = result!.elements.filter((element) => element.weakest).map((e) => e.code);

    expect(weakest.sort()).toEqual(["biaya", "waktu"]);
  });

  it("has no result for a unit nobody has rated yet, and counts it short of its sample", async () => {
    const unit = await getUnitResult({ surveyId, unitId: unitId("museum-negeri-ntb") });

    // 44.436 people a year are 11.109 in a quarter.
    expect(unit).toMatchObject({ respondents: 0, result: null, population: 11109 });
    expect(unit.minimumSample).toBe(minimumSample(11109));
    expect(unit.representative).toBe(false);
  });

  it("is representative once the respondents reach the period's minimum sample", async () => {
    const unit = await getUnitResult({
      surveyId,
      unitId: unitId("puslansos-bina-laras-mutmainnah"),
    });

    expect(unit).toMatchObject({ population: 25, minimumSample: 24, respondents: 24 });
    expect(unit.representative).toBe(true);
  });

  it("leaves the minimum sample unknown while the unit has no estimate of its users", async () => {
    const unit = await getUnitResult({ surveyId, unitId: unitId("samsat-mataram") });

    expect(unit).toMatchObject({ population: null, minimumSample: null, representative: null });
  });

  it("prefers the services' estimates over the unit's when every service has one", async () => {
    const museum = unitId("museum-negeri-ntb");
    await db().update(services).set({ annualUsers: 400 }).where(eq(services.unitId, museum));
    const serviceCount = await db().$count(services, eq(services.unitId, museum));

    const unit = await getUnitResult({ surveyId, unitId: museum });

    expect(unit.population).toBe(Math.ceil((400 * serviceCount * 3) / 12));
  });
});

describe("rankUnits", () => {
  it("ranks units by IKM, ties sharing a rank and the next rank skipping", async () => {
    const ranking = await rankUnits({ surveyId });

    expect(ranking.slice(0, 4).map(({ slug, rank }) => [slug, rank])).toEqual([
      ["rs-mata-ntb", 1],
      ["samsat-mataram", 1],
      ["samsat-lombok-barat", 3],
      ["puslansos-bina-laras-mutmainnah", 4],
    ]);
  });

  it("gives each unit the IKM and respondents that its own answers give", async () => {
    const ranking = await rankUnits({ surveyId });

    for (const [slug, list] of Object.entries(ANSWERS)) {
      const expected = computeIkm(tallyScores(list));
      expect(ranking.find((row) => row.slug === slug)).toMatchObject({
        respondents: list.length,
        ikm: expected.ikm,
        grade: expected.grade,
        performance: expected.performance,
      });
    }
  });

  it("lists every unit without answers after the ranked ones, by name", async () => {
    const ranking = await rankUnits({ surveyId, sort: "nama", direction: "desc" });
    const unranked = ranking.slice(4);

    expect(ranking).toHaveLength(unitIds.size);
    expect(unranked.every((row) => row.ikm === null && row.rank === null)).toBe(true);
    expect(unranked.map((row) => row.name)).toEqual(
      unranked.map((row) => row.name).sort((a, b) => a.localeCompare(b, "id-ID")),
    );
  });

  it("sorts by respondents, by name or by IKM in either direction", async () => {
    const slugsBy = async (sort: "ikm" | "responden" | "nama", direction: "asc" | "desc") =>
      (await rankUnits({ surveyId, sort, direction })).slice(0, 4).map((row) => row.slug);

    expect(await slugsBy("responden", "desc")).toEqual([
      "puslansos-bina-laras-mutmainnah",
      "samsat-lombok-barat",
      "rs-mata-ntb",
      "samsat-mataram",
    ]);
    expect(await slugsBy("nama", "asc")).toEqual([
      "samsat-lombok-barat",
      "samsat-mataram",
      "puslansos-bina-laras-mutmainnah",
      "rs-mata-ntb",
    ]);
    expect(await slugsBy("ikm", "asc")).toEqual([
      "puslansos-bina-laras-mutmainnah",
      "samsat-lombok-barat",
      "rs-mata-ntb",
      "samsat-mataram",
    ]);
  });

  it("ranks only one agency's units when an agency is chosen", async () => {
    const ranking = await rankUnits({ surveyId, agencySlug: "bapenda" });

    expect(ranking).toHaveLength(10);
    expect(ranking.every((row) => row.agencySlug === "bapenda")).toBe(true);
    expect(ranking.slice(0, 2).map(({ slug, rank }) => [slug, rank])).toEqual([
      ["samsat-mataram", 1],
      ["samsat-lombok-barat", 2],
    ]);
  });
});

describe("pooled summaries", () => {
  it("pools every answer in the province instead of averaging the units' IKMs", async () => {
    const summary = await getProvinceSummary({ surveyId });
    const pooled = computeIkm(tallyScores(Object.values(ANSWERS).flat()));
    const unitIkms = Object.values(ANSWERS).map((list) => computeIkm(tallyScores(list)).ikm);
    const meanOfUnits = unitIkms.reduce((total, ikm) => total + ikm, 0) / unitIkms.length;

    expect(summary).toMatchObject({ respondents: 30, unitsWithAnswers: 4, unitCount: 53 });
    expect(summary.result).toMatchObject({ ikm: pooled.ikm, grade: pooled.grade });
    expect(Math.abs(summary.result!.ikm - meanOfUnits)).toBeGreaterThan(1);
  });

  it("pools an agency's answers over its units in the same way", async () => {
    const summary = await getAgencySummary({ surveyId, agencySlug: "bapenda" });
    const pooled = computeIkm(
      tallyScores([...ANSWERS["samsat-mataram"]!, ...ANSWERS["samsat-lombok-barat"]!]),
    );

    expect(summary).toMatchObject({ respondents: 4, unitsWithAnswers: 2, unitCount: 10 });
    expect(summary.result).toMatchObject({ ikm: pooled.ikm, grade: pooled.grade });
  });
});
