import { sql } from "drizzle-orm";

import type { Tx } from "@/db";
import { answers, tallies } from "@/db/schema";

export type GivenScore = { code: string; score: number };

/**
 * Writes one respondent's answers and adds them to the running tallies, inside the caller's
 * transaction. Tally rows are upserted in the order given (the questionnaire's), so concurrent
 * submissions lock them in the same order and cannot deadlock. A blank answer is simply absent.
 */
export async function recordAnswers(
  tx: Tx,
  {
    respondentId,
    surveyId,
    unitId,
    serviceId,
    scores,
  }: {
    respondentId: number;
    surveyId: number;
    unitId: number;
    serviceId: number;
    scores: ReadonlyArray<GivenScore>;
  },
): Promise<void> {
  if (scores.length === 0) return;
  await tx
    .insert(answers)
    .values(scores.map(({ code, score }) => ({ respondentId, elementCode: code, score })));
  await tx
    .insert(tallies)
    .values(
      scores.map(({ code, score }) => ({
        surveyId,
        unitId,
        serviceId,
        elementCode: code,
        sum: score,
        count: 1,
      })),
    )
    .onConflictDoUpdate({
      target: [tallies.surveyId, tallies.unitId, tallies.serviceId, tallies.elementCode],
      set: {
        sum: sql`${tallies.sum} + excluded.sum`,
        count: sql`${tallies.count} + excluded.count`,
      },
    });
}
