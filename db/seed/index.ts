import type { Db } from "../client";
import { units } from "../schema";
import { seedDirectory } from "./directory";
import { seedNationalQuestionnaire } from "./questionnaire";
import { seedCurrentSurvey } from "./survey";

/** Seeds the directory, the questionnaire and the current quarter's survey into an empty database. */
export async function seedIfEmpty(db: Db, now = new Date()): Promise<boolean> {
  const [anyUnit] = await db.select({ id: units.id }).from(units).limit(1);
  if (anyUnit) return false;

  await db.transaction(async (tx) => {
    await seedDirectory(tx);
    const questionnaireId = await seedNationalQuestionnaire(tx);
    await seedCurrentSurvey(tx, questionnaireId, now);
  });
  return true;
}
