import { and, count, eq } from "drizzle-orm";

import { getDb } from "@/db";
import { respondents } from "@/db/schema";

/** How many people have completed the survey for a unit. */
export async function countUnitRespondents({
  surveyId,
  unitId,
}: {
  surveyId: number;
  unitId: number;
}): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(respondents)
    .where(and(eq(respondents.surveyId, surveyId), eq(respondents.unitId, unitId)));
  return row?.n ?? 0;
}
