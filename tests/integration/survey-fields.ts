import { randomUUID } from "node:crypto";

import { asc, count, eq, sql } from "drizzle-orm";

import type { Db } from "@/db";
import { answers, respondents, services, surveys, tallies, units } from "@/db/schema";
import { elementField, FIELD } from "@/lib/survey/fields";

export const CODES = [
  "persyaratan",
  "prosedur",
  "waktu",
  "biaya",
  "produk",
  "kompetensi",
  "perilaku",
  "sarana",
  "pengaduan",
] as const;

export async function findUnit(db: Db, slug: string) {
  const [unit] = await db.select().from(units).where(eq(units.slug, slug));
  const unitServices = await db
    .select()
    .from(services)
    .where(eq(services.unitId, unit!.id))
    .orderBy(asc(services.position));
  return { unit: unit!, services: unitServices };
}

export async function findOpenSurveyId(db: Db): Promise<number> {
  const [survey] = await db.select().from(surveys).where(eq(surveys.status, "open"));
  return survey!.id;
}

/** A completely filled form, as the browser sends it. */
export function filledForm(options: {
  surveyId: number;
  serviceId: number;
  score?: number;
  overrides?: Record<string, string | undefined>;
}): Record<string, string> {
  const fields: Record<string, string | undefined> = {
    [FIELD.clientId]: randomUUID(),
    [FIELD.surveyId]: String(options.surveyId),
    [FIELD.startedAt]: String(Date.now() - 95_000),
    [FIELD.source]: "qr",
    [FIELD.service]: String(options.serviceId),
    ...Object.fromEntries(CODES.map((code) => [elementField(code), String(options.score ?? 3)])),
    ...options.overrides,
  };
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

export async function countRows(db: Db) {
  const [r] = await db.select({ n: count() }).from(respondents);
  const [a] = await db.select({ n: count() }).from(answers);
  const [t] = await db
    .select({
      sum: sql<number>`coalesce(sum(${tallies.sum}), 0)::int`,
      n: sql<number>`coalesce(sum(${tallies.count}), 0)::int`,
    })
    .from(tallies);
  return { respondents: r!.n, answers: a!.n, tallySum: t!.sum, tallyCount: t!.n };
}
