import { describe, expect, it } from "vitest";

import { makeReceipt, readReceipt } from "@/lib/survey/receipt";

const now = new Date("2026-12-04T10:00:00+08:00");
const receipt = makeReceipt({ unitSlug: "samsat-mataram", surveyId: 7, now });

describe("the receipt on the thank-you address", () => {
  it("names the survey it was issued for, for the unit it was issued for", () => {
    expect(readReceipt({ receipt, unitSlug: "samsat-mataram", now })).toBe(7);
  });

  it("is refused for another unit, once changed, or a day later", () => {
    const tomorrow = new Date(now.getTime() + 24 * 3600 * 1000 + 1000);
    const changed = receipt.replace(/^7\./, "8.");

    expect(readReceipt({ receipt, unitSlug: "samsat-bima", now })).toBeNull();
    expect(readReceipt({ receipt: changed, unitSlug: "samsat-mataram", now })).toBeNull();
    expect(readReceipt({ receipt, unitSlug: "samsat-mataram", now: tomorrow })).toBeNull();
    expect(readReceipt({ receipt: "sembarang", unitSlug: "samsat-mataram", now })).toBeNull();
    expect(readReceipt({ receipt: undefined, unitSlug: "samsat-mataram", now })).toBeNull();
  });

  it("holds nothing but the survey, the time and a signature", () => {
    expect(receipt).toMatch(/^7\.\d+\.[A-Za-z0-9_-]{22}$/);
  });
});
