import { minimumSample } from "@/lib/ikm";

export type Period = { startDate: string; endDate: string };

export type SampleStatus = {
  /** People the unit expects to serve in the period; null while nobody has estimated it. */
  population: number | null;
  minimumSample: number | null;
  /** Whether the respondents reach the minimum sample; null when the minimum is unknown. */
  representative: boolean | null;
};

/** The services' estimates when every service has one, otherwise the unit's own estimate. */
export function annualUsersOfUnit({
  unitEstimate,
  servicesTotal,
}: {
  unitEstimate: number | null;
  servicesTotal: number | null;
}): number | null {
  const estimate = servicesTotal ?? unitEstimate;
  return estimate !== null && estimate > 0 ? estimate : null;
}

/** Calendar months covered by a period of whole months (a quarter gives 3). */
export function monthsInPeriod({ startDate, endDate }: Period): number {
  const [startYear, startMonth] = startDate.split("-").map(Number);
  const [endYear, endMonth] = endDate.split("-").map(Number);
  const months = (endYear! - startYear!) * 12 + (endMonth! - startMonth!) + 1;
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(`A period must end after it starts; got ${startDate} to ${endDate}.`);
  }
  return months;
}

/** The yearly estimate scaled to the period, rounded up to whole people. */
export function periodPopulation({
  annualUsers,
  period,
}: {
  annualUsers: number | null;
  period: Period;
}): number | null {
  if (annualUsers === null) return null;
  return Math.ceil((annualUsers * monthsInPeriod(period)) / 12);
}

export function sampleStatus({
  annualUsers,
  period,
  respondents,
}: {
  annualUsers: number | null;
  period: Period;
  respondents: number;
}): SampleStatus {
  const population = periodPopulation({ annualUsers, period });
  if (population === null) return { population, minimumSample: null, representative: null };

  const minimum = minimumSample(population);
  return { population, minimumSample: minimum, representative: respondents >= minimum };
}
