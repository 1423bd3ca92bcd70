import { computeIkm, type Grade, type Performance } from "@/lib/ikm";

import type { ElementTally } from "./aggregates";
import type { ElementName } from "./elements";
import { findWeakestElements } from "./weakest";

export type ElementResult = ElementTally & {
  name: string;
  position: number;
  nrr: number;
  converted: number;
  grade: Grade;
  /** Lowest NRR of the scope (ties included): the first candidates for follow-up. */
  weakest: boolean;
};

export type IkmResult = {
  ikm: number;
  grade: Grade;
  performance: Performance;
  /** Answered elements, in the questionnaire's order. */
  elements: ElementResult[];
  /** Elements of the questionnaire that nobody answered in this scope. */
  unanswered: ElementName[];
};

/** computeIkm over the scope's pooled tallies, with names; null when nobody has answered. */
export function buildIkmResult({
  tallies,
  names,
}: {
  tallies: ReadonlyArray<ElementTally>;
  names: ReadonlyArray<ElementName>;
}): IkmResult | null {
  if (tallies.length === 0) return null;

  const { ikm, grade, performance, elements } = computeIkm(tallies);
  const weakest = findWeakestElements(tallies);
  const nameOf = new Map(names.map((element) => [element.code, element]));
  const tallyOf = new Map(tallies.map((tally) => [tally.code, tally]));

  const results = elements.map((element) => ({
    ...tallyOf.get(element.code)!,
    ...element,
    name: nameOf.get(element.code)?.name ?? element.code,
    position: nameOf.get(element.code)?.position ?? Number.MAX_SAFE_INTEGER,
    weakest: weakest.has(element.code),
  }));
  return {
    ikm,
    grade,
    performance,
    elements: results.sort((a, b) => a.position - b.position),
    unanswered: names.filter((element) => !tallyOf.has(element.code)),
  };
}
