import { describe, expect, it } from "vitest";

import { parseSearchTerms } from "@/lib/directory/search-terms";
import { isSlug, stripControlCharacters } from "@/lib/text";

describe("text from addresses and forms", () => {
  it.each(["samsat-mataram", "2026-triwulan-4", "bapenda"])("accepts the slug %s", (slug) => {
    expect(isSlug(slug)).toBe(true);
  });

  it.each(["", "\u0000", "../", "Samsat", "samsat mataram", "-awal", "a".repeat(101)])(
    "refuses %j as a slug, so it never reaches the database",
    (value) => {
      expect(isSlug(value)).toBe(false);
    },
  );

  it("drops NUL and other control characters but keeps line breaks and tabs", () => {
    expect(stripControlCharacters("a\u0000b\r\nc\td\u001b")).toBe("ab\nc\td");
  });

  it("searches for what remains after control characters are dropped", () => {
    expect(parseSearchTerms("\u0000")).toBeNull();
    expect(parseSearchTerms("samsat\u0000 mataram")?.words).toEqual(["samsat", "mataram"]);
  });
});
