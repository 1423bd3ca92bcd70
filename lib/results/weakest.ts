type ElementTally = { code: string; sum: number; count: number };

// a/b < c/d exactly, in integers: the NRRs shown are rounded and must not decide the comparison.
function compareNrr(a: ElementTally, b: ElementTally): number {
  const left = BigInt(a.sum) * BigInt(b.count);
  const right = BigInt(b.sum) * BigInt(a.count);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The codes of the elements with the lowest NRR; every element tied for lowest is included. */
export function findWeakestElements(tallies: ReadonlyArray<ElementTally>): Set<string> {
  const lowest = tallies.reduce<ElementTally | undefined>(
    (low, tally) => (low === undefined || compareNrr(tally, low) < 0 ? tally : low),
    undefined,
  );
  if (!lowest) return new Set();
  return new Set(tallies.filter((tally) => compareNrr(tally, lowest) === 0).map((t) => t.code));
}
