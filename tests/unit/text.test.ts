import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseSearchTerms } from "@/lib/directory/search-terms";
import { measureSuggestion } from "@/lib/survey/suggestion";
import { SUGGESTION_MAX_CODE_POINTS } from "@/lib/survey/profile";
import {
  cleanFreeText,
  countCharacters,
  countCodePoints,
  isSlug,
  stripControlCharacters,
} from "@/lib/text";

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

describe("free text that officials will read", () => {
  it("drops a right-to-left override, so the words read in the order they were typed", () => {
    expect(cleanFreeText("Pelayanan \u202Ekurang\u202C baik")).toBe("Pelayanan kurang baik");
  });

  it.each([
    ["the byte-order mark", "\uFEFFAntrean lama"],
    ["a zero-width space", "Antrean\u200B lama"],
    ["a zero-width joiner between letters", "Antr\u200Dean lama"],
    ["a zero-width non-joiner", "Antre\u200Can lama"],
    ["a word joiner", "Antrean\u2060 lama"],
    ["a soft hyphen", "Antre\u00ADan lama"],
    ["left-to-right and right-to-left marks", "\u200EAntrean\u200F lama"],
    ["bidi isolates", "\u2066Antrean\u2069 lama"],
    ["an Arabic letter mark", "Antrean\u061C lama"],
    ["a Hangul filler", "Antrean\u3164 lama"],
    ["invisible tag characters", "Antrean\u{E0041}\u{E0042} lama"],
    ["C1 control characters", "Antrean\u0080\u009B lama"],
  ])("drops %s", (_what, text) => {
    expect(cleanFreeText(text)).toBe("Antrean lama");
  });

  it("drops tag characters after a black flag unless they spell a subdivision flag", () => {
    const hidden = "Antrean \u{1F3F4}\u{E0041}\u{E0020}\u{E0042}\u{E007F} lama";
    expect(cleanFreeText(hidden)).toBe("Antrean \u{1F3F4} lama");
  });

  it("keeps Indonesian text, punctuation and accents as typed", () => {
    const text = "Petugas ramah; ruang tunggu panas (±35 °C). Café di depan, 10–12 menit!";
    expect(cleanFreeText(text)).toBe(text);
  });

  it.each([
    ["a thumbs up", "👍"],
    ["a heart with its variation selector", "❤️"],
    ["a skin tone", "👍🏽"],
    ["a family joined by zero-width joiners", "👨‍👩‍👧"],
    ["a person at a computer with a skin tone", "👩🏽‍💻"],
    ["the Indonesian flag", "🇮🇩"],
    ["a subdivision flag made of tag characters", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"],
    ["a keycap", "1️⃣"],
  ])("keeps %s intact", (_what, emoji) => {
    expect(cleanFreeText(`Mantap ${emoji} terima kasih`)).toBe(`Mantap ${emoji} terima kasih`);
  });

  it("writes every kind of line break as one line feed and keeps tabs", () => {
    expect(cleanFreeText("satu\r\ndua\rtiga\u2028empat\u2029lima\u0085enam\ttab")).toBe(
      "satu\ndua\ntiga\nempat\nlima\nenam\ttab",
    );
  });

  it("counts an emoji of one code point as one character", () => {
    expect(countCharacters("ok 👍")).toBe(4);
  });
});

describe("characters as a person counts them", () => {
  it.each([
    ["a family joined by zero-width joiners", "👨‍👩‍👧", 5],
    ["a skin tone", "👍🏽", 2],
    ["a flag", "🇮🇩", 2],
    ["a subdivision flag", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", 7],
    ["a keycap", "1️⃣", 3],
    ["a letter with a combining accent", "e\u0301", 2],
    ["a Javanese syllable with its vowel sign", "ꦏꦶ", 2],
  ])("counts %s as one", (_what, text, codePoints) => {
    expect(countCharacters(text)).toBe(1);
    expect(countCodePoints(text)).toBe(codePoints);
  });

  it("counts 250 emoji families as 250", () => {
    expect(countCharacters("👨‍👩‍👧".repeat(250))).toBe(250);
  });

  it("counts a long text in pieces exactly as one pass over it would", () => {
    const graphemes = new Intl.Segmenter("id", { granularity: "grapheme" });
    const piece = fc.constantFrom(
      "a",
      " ",
      "\r",
      "\n",
      "\r\n",
      "\u0301",
      "\u200D",
      "👨",
      "🇮",
      "ꦏ",
      "ꦶ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 700 }), (pieces) => {
        const text = pieces.join("");
        expect(countCharacters(text)).toBe([...graphemes.segment(text)].length);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the length of a suggestion", () => {
  const lengthOf = (text: string) => measureSuggestion(text).length;

  it("counts a line break once, as the server stores it, whether it came as CR LF or LF", () => {
    expect(lengthOf("satu\r\ndua")).toBe(8);
    expect(lengthOf("satu\ndua")).toBe(8);
  });

  it("leaves out what is not stored: invisible characters and spaces around the text", () => {
    expect(lengthOf("  ok\u200B\u202E  ")).toBe(2);
  });

  it("counts emoji families as one each, as they look", () => {
    expect(measureSuggestion("👨‍👩‍👧".repeat(250))).toEqual({ tooLarge: false, length: 250 });
  });

  it("is too large to store past four code points a character, however few it looks", () => {
    const marks = `a${"\u0301".repeat(SUGGESTION_MAX_CODE_POINTS)}`;

    expect(countCharacters(marks)).toBe(1);
    expect(measureSuggestion(marks)).toEqual({ tooLarge: true, length: null });
    expect(measureSuggestion("x".repeat(1_000_000))).toEqual({ tooLarge: true, length: null });
  });
});
