import type { Survey } from "@/db/schema";
import { findCurrentSurvey, findSurveyBySlug } from "@/lib/periods/queries";

/**
 * The survey whose results a public page shows: the one named in the address, or the current
 * one. A draft survey is never public.
 */
export async function chooseSurvey({ slug }: { slug?: string }): Promise<Survey | null> {
  const survey = slug ? await findSurveyBySlug({ slug }) : await findCurrentSurvey();
  return survey && survey.status !== "draft" ? survey : null;
}
