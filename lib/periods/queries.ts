import { and, desc, eq, gte, lte } from "drizzle-orm";

import { getDb } from "@/db";
import { surveys, type Survey } from "@/db/schema";

import { isSlug } from "@/lib/text";

import { witaDate } from "./wita";

/** The survey open today (WITA), if any. */
export async function findOpenSurvey({ now = new Date() } = {}): Promise<Survey | null> {
  const db = await getDb();
  const today = witaDate(now);
  const [open] = await db
    .select()
    .from(surveys)
    .where(
      and(eq(surveys.status, "open"), lte(surveys.startDate, today), gte(surveys.endDate, today)),
    )
    .orderBy(desc(surveys.startDate))
    .limit(1);
  return open ?? null;
}

/** The survey whose results pages show by default: the one open today, else the latest started. */
export async function findCurrentSurvey({ now = new Date() } = {}): Promise<Survey | null> {
  const open = await findOpenSurvey({ now });
  if (open) return open;

  const db = await getDb();
  const [latest] = await db
    .select()
    .from(surveys)
    .where(lte(surveys.startDate, witaDate(now)))
    .orderBy(desc(surveys.startDate))
    .limit(1);
  return latest ?? null;
}

export async function findSurveyBySlug({ slug }: { slug: string }): Promise<Survey | null> {
  if (!isSlug(slug)) return null;
  const db = await getDb();
  const [survey] = await db.select().from(surveys).where(eq(surveys.slug, slug)).limit(1);
  return survey ?? null;
}
