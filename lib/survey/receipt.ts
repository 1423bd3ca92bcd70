import { createHmac, timingSafeEqual } from "node:crypto";

import { authSecret } from "@/lib/auth/secret";

// The thank-you page's address carries a receipt: signed proof that a form for this unit and
// survey was stored, so that the page tells the truth without a cookie (cookies blocked, or
// reloaded later). It names no respondent: nothing in it leads to the stored answers.

export const RECEIPT_PARAM = "tanda";
const VALID_SECONDS = 24 * 60 * 60;

function signature(unitSlug: string, surveyId: number, issuedAt: number): string {
  return createHmac("sha256", authSecret())
    .update(`survey-receipt:${unitSlug}:${surveyId}:${issuedAt}`)
    .digest("base64url")
    .slice(0, 22);
}

export function makeReceipt({
  unitSlug,
  surveyId,
  now = new Date(),
}: {
  unitSlug: string;
  surveyId: number;
  now?: Date;
}): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return `${surveyId}.${issuedAt}.${signature(unitSlug, surveyId, issuedAt)}`;
}

/** The survey a receipt for this unit was issued for, or null when it is not one of ours. */
export function readReceipt({
  receipt,
  unitSlug,
  now = new Date(),
}: {
  receipt: string | undefined;
  unitSlug: string;
  now?: Date;
}): number | null {
  const match = /^([1-9][0-9]{0,9})\.([0-9]{1,12})\.([A-Za-z0-9_-]{22})$/.exec(receipt ?? "");
  if (!match) return null;
  const surveyId = Number(match[1]);
  const issuedAt = Number(match[2]);
  const age = now.getTime() / 1000 - issuedAt;
  if (age < -60 || age > VALID_SECONDS) return null;

  const expected = Buffer.from(signature(unitSlug, surveyId, issuedAt));
  const given = Buffer.from(match[3]!);
  return timingSafeEqual(expected, given) ? surveyId : null;
}
