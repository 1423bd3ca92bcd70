import { GradeBadge } from "@/components/grade-badge";
import { formatInteger, formatScore } from "@/lib/format/number";
import type { Grade, Performance } from "@/lib/ikm";
import type { ReactNode } from "react";

/** The headline numbers of one scope: IKM with its grade and kinerja, and the respondents. */
export function IkmFigures({
  label,
  ikm,
  grade,
  performance,
  respondents,
  children,
}: {
  label: string;
  ikm: number;
  grade: Grade;
  performance: Performance;
  respondents: number;
  children?: ReactNode;
}) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      <div className="rounded border border-line p-4">
        <dt className="font-semibold">{label}</dt>
        <dd className="mt-1 flex flex-wrap items-center gap-3">
          <span className="text-4xl font-bold">{formatScore(ikm)}</span>
          <GradeBadge grade={grade} />
        </dd>
        <dd className="mt-1 text-muted">
          Mutu pelayanan {grade}, kinerja {performance.toLowerCase()}.
        </dd>
      </div>
      <div className="rounded border border-line p-4">
        <dt className="font-semibold">Responden</dt>
        <dd className="mt-1 text-4xl font-bold">{formatInteger(respondents)}</dd>
        {children && <dd className="mt-1">{children}</dd>}
      </div>
    </dl>
  );
}
