// Every number shown to people goes through these: id-ID, decimal comma, dot for thousands.

const integer = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat("id-ID", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
// Every share with one decimal, so that "14,0%" and "43,4%" read alike side by side.
const percent = new Intl.NumberFormat("id-ID", {
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

export function formatInteger(value: number): string {
  return integer.format(value);
}

/** An IKM or converted element value, always with two decimals: 88,30. */
export function formatScore(value: number): string {
  return twoDecimals.format(value);
}

/** An NRR on the 1–4 scale, with four decimals: 3,4828. */
export function formatNrr(value: number): string {
  return new Intl.NumberFormat("id-ID", {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
  }).format(value);
}

/** A share of a whole (0–1) as a percentage with one decimal: 0.14 → "14,0%". */
export function formatPercent(ratio: number): string {
  return percent.format(ratio);
}
