// Seeded randomness for the demo data: the same seed gives the same answers on every run.

export type Random = () => number;

/** mulberry32: small, fast and good enough for demo data. */
export function randomGenerator(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

/** One of the values, each as likely as its weight. */
export function weighted<T>(random: Random, table: ReadonlyArray<readonly [T, number]>): T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [value, weight] of table) {
    left -= weight;
    if (left < 0) return value;
  }
  return table[table.length - 1]![0];
}
