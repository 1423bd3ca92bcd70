// After a form is sent, Back or reload must show "sudah terkirim", not a fresh form for the same
// visit. A short-lived cookie scoped to the unit's survey path remembers that; it holds only the
// survey id, nothing about the person.

export const SENT_COOKIE = "simaskot_terkirim";
export const SENT_COOKIE_SECONDS = 60 * 60;

export function surveyPath(unitSlug: string): string {
  return `/survei/${unitSlug}`;
}
