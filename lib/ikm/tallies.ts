export type Tally = { code: string; sum: number; count: number };

const MIN_SCORE = 1;
const MAX_SCORE = 4;

function assertWholeNumber(value: number, field: string, code: string): void {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new TypeError(`Element "${code}": ${field} must be a whole number; got ${value}.`);
  }
  if (value < 0) {
    throw new RangeError(`Element "${code}": ${field} must not be negative; got ${value}.`);
  }
}

function assertValidTally(tally: Tally): void {
  const { code, sum, count } = tally;
  if (typeof code !== "string" || code === "") {
    throw new TypeError("Every element needs a non-empty string code.");
  }
  assertWholeNumber(sum, "sum", code);
  assertWholeNumber(count, "count", code);
  if (count === 0) {
    throw new RangeError(
      `Element "${code}" has count 0: an element nobody answered is an error, not a zero.`,
    );
  }
  if (sum < MIN_SCORE * count || sum > MAX_SCORE * count) {
    throw new RangeError(
      `Element "${code}": sum ${sum} is impossible for ${count} answers scored 1 to 4.`,
    );
  }
}

export function assertValidTallies(tallies: ReadonlyArray<Tally>): void {
  if (!Array.isArray(tallies) || tallies.length === 0) {
    throw new RangeError("Computing an IKM needs at least one element tally.");
  }
  const seen = new Set<string>();
  for (const tally of tallies) {
    assertValidTally(tally);
    if (seen.has(tally.code)) {
      throw new RangeError(`Element "${tally.code}" appears more than once.`);
    }
    seen.add(tally.code);
  }
}
