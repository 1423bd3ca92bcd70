import { count, eq, isNull, sql } from "drizzle-orm";

import { previousQuarter, quarterPeriod, type QuarterPeriod } from "@/lib/periods/quarter";
import { addRespondentsToTallies } from "@/lib/survey/record-answers";

import type { Db, Tx } from "../client";
import { answers, elements, respondents, services, surveys, units, users } from "../schema";
import { seedDemoAccounts } from "./accounts";
import { demoRespondent } from "./demo-answers";
import { randomGenerator } from "./demo-random";
import { demoCalendar, demoSubmittedAt } from "./demo-times";
import { seedIfEmpty } from "./index";

/** seed:demo refuses any database that is not empty: demo data never mixes with real data. */
export class DemoSeedRefusedError extends Error {
  constructor(
    readonly reason: "answers" | "accounts",
    held: number,
  ) {
    super(
      reason === "answers"
        ? `Basis data ini sudah berisi ${held} responden. seed:demo hanya mengisi basis data ` +
            "kosong, agar jawaban demo tidak pernah bercampur dengan jawaban sungguhan."
        : `Basis data ini sudah punya ${held} akun petugas. seed:demo hanya mengisi basis data ` +
            "kosong, agar akun demo yang kata sandinya diketahui umum tidak pernah masuk ke " +
            "instalasi sungguhan.",
    );
    this.name = "DemoSeedRefusedError";
  }
}

type DemoUnit = { id: number; serviceIds: number[] };

/** Fills an empty database with the directory, demo accounts and three quarters of answers. */
export async function seedDemo(db: Db, now = new Date()): Promise<{ respondents: number }> {
  await refuseUnlessEmpty(db);

  await seedIfEmpty(db, now);
  const current = await db.query.surveys.findFirst({
    where: (s, { eq: is }) => is(s.slug, quarterPeriod(now).slug),
  });
  if (!current) throw new Error("The current quarter's survey is missing after seeding");

  const older = previousQuarter(quarterPeriod(now));
  const pastPeriods = [previousQuarter(older), older];
  const codes = (
    await db
      .select({ code: elements.code })
      .from(elements)
      .where(eq(elements.questionnaireId, current.questionnaireId))
  ).map((row) => row.code);
  const demoUnits = await listDemoUnits(db);
  await estimateMissingUsers(db);
  await seedDemoAccounts(db);

  let total = 0;
  for (const [index, period] of pastPeriods.entries()) {
    const surveyId = await createClosedSurvey(db, period, current.questionnaireId);
    total += await fillSurvey(db, {
      surveyId,
      period,
      units: demoUnits,
      codes,
      seed: index + 1,
      until: null,
    });
  }
  total += await fillSurvey(db, {
    surveyId: current.id,
    period: quarterPeriod(now),
    units: demoUnits,
    codes,
    seed: 9,
    until: now,
  });
  return { respondents: total };
}

async function refuseUnlessEmpty(db: Db): Promise<void> {
  const [answered] = await db.select({ n: count() }).from(respondents);
  if (answered && answered.n > 0) throw new DemoSeedRefusedError("answers", answered.n);
  const [accounts] = await db.select({ n: count() }).from(users);
  if (accounts && accounts.n > 0) throw new DemoSeedRefusedError("accounts", accounts.n);
}

async function listDemoUnits(db: Db): Promise<DemoUnit[]> {
  const rows = await db.select({ unitId: services.unitId, serviceId: services.id }).from(services);
  const byUnit = new Map<number, number[]>();
  for (const row of rows)
    byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), row.serviceId]);
  return [...byUnit.entries()]
    .map(([id, serviceIds]) => ({ id, serviceIds }))
    .sort((a, b) => a.id - b.id);
}

// Demo only: units without an estimate of people served get one, so minimum samples show.
async function estimateMissingUsers(db: Db): Promise<void> {
  await db
    .update(units)
    .set({ annualUsers: sql`1200 + (${units.id} * 7919) % 30000` })
    .where(isNull(units.annualUsers));
}

async function createClosedSurvey(
  db: Db,
  period: QuarterPeriod,
  questionnaireId: number,
): Promise<number> {
  const [created] = await db
    .insert(surveys)
    .values({ ...period, questionnaireId, status: "closed" })
    .returning({ id: surveys.id });
  return created!.id;
}

async function fillSurvey(
  db: Db,
  options: {
    surveyId: number;
    period: QuarterPeriod;
    units: DemoUnit[];
    codes: string[];
    seed: number;
    until: Date | null;
  },
): Promise<number> {
  const random = randomGenerator(options.seed * 7_368_787);
  const calendar = demoCalendar(options.period, options.until);
  let stored = 0;

  for (const unit of options.units) {
    const unitLevel = 2.6 + randomGenerator(unit.id * 104_729)() * 1.1 + options.seed * 0.03;
    const size = Math.round((25 + random() * 110) * (options.until ? 0.7 : 1));
    const batch = Array.from({ length: size }, () =>
      demoRespondent({
        random,
        unitLevel,
        serviceIds: unit.serviceIds,
        codes: options.codes,
        submittedAt: demoSubmittedAt(random, calendar),
      }),
    );
    await db.transaction((tx) => storeBatch(tx, options.surveyId, unit.id, batch));
    stored += size;
  }
  return stored;
}

async function storeBatch(
  tx: Tx,
  surveyId: number,
  unitId: number,
  batch: ReturnType<typeof demoRespondent>[],
): Promise<void> {
  const inserted = await tx
    .insert(respondents)
    .values(batch.map(({ respondent }) => ({ ...respondent, surveyId, unitId })))
    .returning({ id: respondents.id });
  const answerRows = inserted.flatMap(({ id }, index) =>
    batch[index]!.scores.map(({ code, score }) => ({ respondentId: id, elementCode: code, score })),
  );
  await tx.insert(answers).values(answerRows);
  await addRespondentsToTallies(tx, { respondentIds: inserted.map(({ id }) => id) });
}
