import { asc, eq } from "drizzle-orm";

import { getDb } from "@/db";
import { agencies, elements, services, units, type Element, type Survey } from "@/db/schema";
import { findOpenSurvey } from "@/lib/periods/queries";
import { isSlug } from "@/lib/text";

export type SurveyUnit = {
  id: number;
  slug: string;
  name: string;
  agencyName: string;
  services: Array<{ id: number; name: string }>;
};

export type SurveyForm = {
  unit: SurveyUnit;
  survey: Survey | null;
  elements: Element[];
};

/** Everything the public form of a unit needs; null when the unit does not exist. */
export async function findSurveyForm({
  unitSlug,
  now,
}: {
  unitSlug: string;
  now?: Date;
}): Promise<SurveyForm | null> {
  const unit = await findSurveyUnit({ unitSlug });
  if (!unit) return null;

  const survey = await findOpenSurvey({ now });
  const questions = survey ? await listElements({ questionnaireId: survey.questionnaireId }) : [];
  return { unit, survey, elements: questions };
}

export async function findSurveyUnit({
  unitSlug,
}: {
  unitSlug: string;
}): Promise<SurveyUnit | null> {
  if (!isSlug(unitSlug)) return null;
  const db = await getDb();
  const [unit] = await db
    .select({ id: units.id, slug: units.slug, name: units.name, agencyName: agencies.name })
    .from(units)
    .innerJoin(agencies, eq(agencies.id, units.agencyId))
    .where(eq(units.slug, unitSlug))
    .limit(1);
  if (!unit) return null;

  const unitServices = await db
    .select({ id: services.id, name: services.name })
    .from(services)
    .where(eq(services.unitId, unit.id))
    .orderBy(asc(services.position));
  return { ...unit, services: unitServices };
}

export async function listElements({
  questionnaireId,
}: {
  questionnaireId: number;
}): Promise<Element[]> {
  const db = await getDb();
  return db
    .select()
    .from(elements)
    .where(eq(elements.questionnaireId, questionnaireId))
    .orderBy(asc(elements.position));
}
