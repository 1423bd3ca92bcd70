import { quarterPeriod } from "@/lib/periods/quarter";

import type { Executor } from "../client";
import { surveys } from "../schema";

/** Opens the survey of the quarter that holds `now` (WITA), unless it exists already. */
export async function seedCurrentSurvey(
  db: Executor,
  questionnaireId: number,
  now = new Date(),
): Promise<void> {
  const period = quarterPeriod(now);
  await db
    .insert(surveys)
    .values({ ...period, questionnaireId, status: "open" })
    .onConflictDoNothing();
}
