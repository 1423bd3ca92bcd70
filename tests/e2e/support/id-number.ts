// Numbers as the portal shows them (id-ID): a dot between thousands, a comma before decimals.

export function parseIdInteger(text: string): number {
  if (!/^\d{1,3}(\.\d{3})*$/.test(text)) throw new Error(`Not an id-ID integer: "${text}"`);
  return Number(text.replaceAll(".", ""));
}

/** 81.25 → "81,25": an IKM written the way the pages write it. */
export function formatIdScore(value: number): string {
  return value.toFixed(2).replace(".", ",");
}
