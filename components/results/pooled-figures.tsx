import type { Survey } from "@/db/schema";
import { formatInteger } from "@/lib/format/number";
import { getAgencySummary, getProvinceSummary } from "@/lib/results/queries";

import { IkmFigures } from "./ikm-figures";

type Agency = { slug: string; shortName: string };

/** The pooled IKM of the province, or of one agency, over every answer its units received. */
export async function PooledFigures({ survey, agency }: { survey: Survey; agency?: Agency }) {
  const summary = agency
    ? await getAgencySummary({ surveyId: survey.id, agencySlug: agency.slug })
    : await getProvinceSummary({ surveyId: survey.id });
  const scope = agency ? agency.shortName : "Provinsi NTB";
  const coverage = `${formatInteger(summary.unitsWithAnswers)} dari ${formatInteger(summary.unitCount)} unit sudah dinilai.`;

  if (!summary.result) {
    return (
      <p>
        Belum ada penilaian untuk {scope} pada {survey.name}. {coverage}
      </p>
    );
  }
  return (
    <IkmFigures
      label={`IKM gabungan ${scope}`}
      ikm={summary.result.ikm}
      grade={summary.result.grade}
      performance={summary.result.performance}
      respondents={summary.respondents}
    >
      {coverage}
    </IkmFigures>
  );
}
