import { asc, eq } from "drizzle-orm";

import { getDb } from "@/db";
import { elements } from "@/db/schema";

export type ElementName = { code: string; name: string; position: number };

/** The elements of a questionnaire in the order it asks them. */
export async function listQuestionnaireElements({
  questionnaireId,
}: {
  questionnaireId: number;
}): Promise<ElementName[]> {
  const db = await getDb();
  return db
    .select({ code: elements.code, name: elements.name, position: elements.position })
    .from(elements)
    .where(eq(elements.questionnaireId, questionnaireId))
    .orderBy(asc(elements.position));
}
