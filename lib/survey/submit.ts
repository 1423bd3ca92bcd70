import { and, eq, sql } from "drizzle-orm";

import { getDb, type Tx } from "@/db";
import { respondents, surveys } from "@/db/schema";
import type { FieldErrors } from "@/lib/form-state";
import { logger } from "@/lib/logger";
import { witaDate } from "@/lib/periods/wita";

import { FIELD } from "./fields";
import { findSurveyUnit, listElements } from "./queries";
import { recordAnswers } from "./record-answers";
import { MAX_ID, RELOAD_MESSAGE, validateSubmission, type SurveySubmission } from "./validation";

export type SubmitResult =
  | { kind: "stored"; respondentId: number }
  | { kind: "duplicate" }
  | { kind: "invalid"; message?: string; fieldErrors: FieldErrors }
  /** The form's survey period is no longer open: nothing was stored. */
  | { kind: "closed" }
  | { kind: "unknown-unit" };

/**
 * Validates one sent survey form and stores it: the respondent, the answers and the running
 * tallies in one transaction. A form sent again with the same client id stores nothing new.
 */
export async function submitSurveyResponse({
  unitSlug,
  fields,
  repeated,
  now = new Date(),
}: {
  unitSlug: string;
  fields: Record<string, string>;
  /** Field names the form sent more than once (see repeatedFields). */
  repeated?: ReadonlyArray<string>;
  now?: Date;
}): Promise<SubmitResult> {
  const unit = await findSurveyUnit({ unitSlug });
  if (!unit) return { kind: "unknown-unit" };

  const db = await getDb();
  const surveyId = Number(fields[FIELD.surveyId]);
  const [survey] =
    Number.isSafeInteger(surveyId) && surveyId > 0 && surveyId <= MAX_ID
      ? await db.select().from(surveys).where(eq(surveys.id, surveyId)).limit(1)
      : [];
  const questions = survey ? await listElements({ questionnaireId: survey.questionnaireId }) : [];
  const validation = validateSubmission(fields, {
    elements: questions,
    serviceIds: unit.services.map((service) => service.id),
    now,
    repeated,
  });
  if (!validation.ok) {
    return { kind: "invalid", message: validation.message, fieldErrors: validation.fieldErrors };
  }

  return storeSubmission(unit, validation.submission, now);
}

export class SubmissionFailedError extends Error {
  constructor(cause: unknown) {
    super("Storing a survey submission failed", { cause });
    this.name = "SubmissionFailedError";
  }
}

// A failed statement's message lists its parameters (the person's profile and suggestion), so
// only the database's own error travels on: its code and message name no value.
async function storeSubmission(
  unit: { id: number; slug: string },
  submission: SurveySubmission,
  now: Date,
): Promise<SubmitResult> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      // A form already stored is answered as such even after its period closed: a resend
      // after a lost reply must never hear "not stored", nor be stored again in a new period.
      // Its id under another unit's address is a made-up request, not a resend: no thank-you
      // page of a unit that holds no such answer.
      const storedUnitId = await findStoredUnit(tx, submission.clientId);
      if (storedUnitId === unit.id) return { kind: "duplicate" };
      if (storedUnitId !== null) {
        return { kind: "invalid", message: RELOAD_MESSAGE, fieldErrors: {} };
      }
      if (!(await isOpen(tx, submission.surveyId, now))) return { kind: "closed" };

      const respondentId = await insertRespondent(tx, unit.id, submission, now);
      if (respondentId === null) return { kind: "duplicate" };

      await recordAnswers(tx, {
        respondentId,
        day: witaDate(now),
        surveyId: submission.surveyId,
        unitId: unit.id,
        serviceId: submission.serviceId,
        scores: submission.scores,
      });
      logger.info({ event: "survey.submitted", unit: unit.slug, respondentId }, "survey submitted");
      return { kind: "stored", respondentId };
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    logger.error(
      { event: "survey.store-failed", unit: unit.slug, code: cause?.code },
      "storing a survey submission failed",
    );
    throw new SubmissionFailedError(
      cause?.code ? { code: cause.code, message: cause.message } : undefined,
    );
  }
}

/** The unit of the answer sheet already stored under this client id, or null. */
async function findStoredUnit(tx: Tx, clientId: string): Promise<number | null> {
  const [found] = await tx
    .select({ unitId: respondents.unitId })
    .from(respondents)
    .where(eq(respondents.clientId, clientId))
    .limit(1);
  return found?.unitId ?? null;
}

// FOR SHARE makes closing a survey wait for the submissions already on their way.
async function isOpen(tx: Tx, surveyId: number, now: Date): Promise<boolean> {
  const today = witaDate(now);
  const [survey] = await tx
    .select({ id: surveys.id })
    .from(surveys)
    .where(
      and(
        eq(surveys.id, surveyId),
        eq(surveys.status, "open"),
        sql`${surveys.startDate} <= ${today} and ${surveys.endDate} >= ${today}`,
      ),
    )
    .for("share");
  return survey !== undefined;
}

async function insertRespondent(
  tx: Tx,
  unitId: number,
  submission: SurveySubmission,
  now: Date,
): Promise<number | null> {
  const [inserted] = await tx
    .insert(respondents)
    .values({
      surveyId: submission.surveyId,
      unitId,
      serviceId: submission.serviceId,
      // The same clock as the open check, so the answer's WITA day lies inside its period.
      submittedAt: now,
      sex: submission.sex,
      age: submission.age,
      education: submission.education,
      occupation: submission.occupation,
      suggestion: submission.suggestion,
      channel: submission.channel,
      clientId: submission.clientId,
      fillSeconds: submission.fillSeconds,
    })
    .onConflictDoNothing({ target: respondents.clientId })
    .returning({ id: respondents.id });
  return inserted?.id ?? null;
}
