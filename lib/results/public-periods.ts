import { and, desc, eq, lte, or } from "drizzle-orm";

import { getDb } from "@/db";
import { surveys, type Survey } from "@/db/schema";
import { findSurveyBySlug } from "@/lib/periods/queries";
import { witaDate } from "@/lib/periods/wita";

/**
 * What a public page shows for the period in its address (or for none):
 * - `shown`: a public period, with every public period for the period choice;
 * - `unpublished`: a closed period whose results the bureau has not announced yet;
 * - `none`: no period is public yet;
 * - `unknown`: the address names no period the public may know of (answer 404).
 */
export type SurveyChoice =
  | { kind: "shown"; survey: Survey; periods: Survey[] }
  | { kind: "unpublished"; survey: Survey; periods: Survey[] }
  | { kind: "none" }
  | { kind: "unknown" };

/**
 * Periods whose figures the public sees, newest first: published results (frozen once announced)
 * and the live, provisional figures of an open survey that has started. Drafts and closed
 * periods awaiting publication are not public.
 */
export async function listPublicSurveys({ now = new Date() } = {}): Promise<Survey[]> {
  const db = await getDb();
  return db
    .select()
    .from(surveys)
    .where(
      or(
        eq(surveys.status, "published"),
        and(eq(surveys.status, "open"), lte(surveys.startDate, witaDate(now))),
      ),
    )
    .orderBy(desc(surveys.startDate), desc(surveys.id));
}

/** The period shown when the address names none: the survey open today, else the newest public one. */
function defaultSurvey(periods: Survey[], today: string): Survey | undefined {
  const runningToday = periods.find(
    (survey) => survey.status === "open" && survey.endDate >= today,
  );
  return runningToday ?? periods[0];
}

/** The period a public results page shows, by the rule of `listPublicSurveys`. */
export async function chooseSurvey({
  slug,
  now = new Date(),
}: {
  slug?: string;
  now?: Date;
}): Promise<SurveyChoice> {
  const periods = await listPublicSurveys({ now });
  if (slug === undefined) {
    const survey = defaultSurvey(periods, witaDate(now));
    return survey ? { kind: "shown", survey, periods } : { kind: "none" };
  }

  const named = periods.find((survey) => survey.slug === slug);
  if (named) return { kind: "shown", survey: named, periods };

  const hidden = await findSurveyBySlug({ slug });
  if (hidden?.status === "closed") return { kind: "unpublished", survey: hidden, periods };
  return { kind: "unknown" };
}
