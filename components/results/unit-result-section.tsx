import Link from "next/link";

import type { Survey } from "@/db/schema";
import type { UnitProfile } from "@/lib/directory/queries";
import { getUnitResult, type UnitResult } from "@/lib/results/queries";

import { ElementFigure } from "./element-figure";
import { IkmFigures } from "./ikm-figures";
import { SampleNote } from "./sample-note";
import { SurveyPeriod } from "./survey-period";

function NoAnswersYet({
  unit,
  survey,
  result,
}: {
  unit: UnitProfile;
  survey: Survey;
  result: UnitResult;
}) {
  return (
    <div className="space-y-2">
      <p className="text-lg font-semibold">
        Belum ada penilaian untuk unit ini pada {survey.name}.
      </p>
      <SampleNote respondents={result.respondents} sample={result} />
      {survey.status === "open" && (
        <p>
          Pernah dilayani di {unit.name}?{" "}
          <Link href={`/survei/${unit.slug}`}>Jadilah yang pertama mengisi survei</Link>.
        </p>
      )}
    </div>
  );
}

/** One unit's results for one survey: headline figures, then every element. */
export async function UnitResultSection({ unit, survey }: { unit: UnitProfile; survey: Survey }) {
  const result = await getUnitResult({ surveyId: survey.id, unitId: unit.id });
  const scored = result.result;
  return (
    <section aria-labelledby="hasil" className="space-y-6">
      <div className="space-y-2">
        <h2 id="hasil" className="text-2xl font-bold">
          Hasil {survey.name}
        </h2>
        <SurveyPeriod survey={survey} />
      </div>
      {scored ? (
        <>
          <IkmFigures
            label="Indeks Kepuasan Masyarakat (IKM)"
            ikm={scored.ikm}
            grade={scored.grade}
            performance={scored.performance}
            respondents={result.respondents}
          >
            <SampleNote respondents={result.respondents} sample={result} />
          </IkmFigures>
          <section aria-labelledby="unsur" className="space-y-3">
            <h3 id="unsur" className="text-xl font-bold">
              Nilai tiap unsur
            </h3>
            <ElementFigure elements={scored.elements} />
            {scored.unanswered.length > 0 && (
              <p>
                Belum ada jawaban untuk unsur{" "}
                {scored.unanswered.map((element) => element.name).join(", ")}; IKM di atas dihitung
                dari unsur yang sudah dijawab.
              </p>
            )}
          </section>
          <p>
            <Link href="/metodologi" className="tap-target">
              Cara menghitung IKM
            </Link>
          </p>
        </>
      ) : (
        <NoAnswersYet unit={unit} survey={survey} result={result} />
      )}
    </section>
  );
}
