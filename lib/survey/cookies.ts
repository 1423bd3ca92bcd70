// Two short-lived cookies scoped to the unit's survey path; neither holds anything about the
// person, only a survey id.
//
// After a form is sent, Back or reload must show "sudah terkirim", not a fresh form for the same
// visit. That protection is needed for the minutes around sending, not longer: on a phone passed
// from one person to the next at the counter, the next person should get a fresh form.
export const SENT_COOKIE = "simaskot_terkirim";
export const SENT_COOKIE_SECONDS = 15 * 60;

// A form refused because its period closed tells the page that renders the answer to say so,
// also when no period is open any more and the page has no form to show the message in.
export const CLOSED_COOKIE = "simaskot_ditutup";
export const CLOSED_COOKIE_SECONDS = 60;

export function surveyPath(unitSlug: string): string {
  return `/survei/${unitSlug}`;
}
