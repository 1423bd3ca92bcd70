import { findAgencyBySlug } from "@/lib/directory/queries";

import { chooseSurvey } from "./public-periods";

// The rules by which a public results address exists, shared by the pages (which answer
// notFound()) and by the proxy (which answers the same addresses with a server-rendered 404).

/** Whether /peringkat?periode=&opd= names only a public (or awaiting) period and a real agency. */
export async function rankingPageExists({
  periode,
  opd,
}: {
  periode?: string;
  opd?: string;
}): Promise<boolean> {
  const [choice, agency] = await Promise.all([
    chooseSurvey({ slug: periode }),
    opd === undefined ? null : findAgencyBySlug({ slug: opd }),
  ]);
  return choice.kind !== "unknown" && (opd === undefined || agency !== null);
}

/** Whether ?periode= of a unit's page names a public (or awaiting) period, or none. */
export async function unitPeriodExists({ periode }: { periode?: string }): Promise<boolean> {
  if (periode === undefined) return true;
  return (await chooseSurvey({ slug: periode })).kind !== "unknown";
}
