// Checks on text from URLs and forms before it reaches the database.

/** A slug of the directory or of a survey period: lower-case letters, digits and hyphens. */
export function isSlug(value: string | undefined | null): value is string {
  return typeof value === "string" && /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/.test(value);
}

/** Keeps line breaks and tabs; drops NUL and the other control characters. */
export function stripControlCharacters(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** The first value of a query parameter, trimmed; undefined when it is missing or empty. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  const single = (Array.isArray(value) ? value[0] : value)?.trim();
  return single === "" ? undefined : single;
}

// Emoji keep the invisible characters that build them: a zero-width joiner between two
// pictographs (👨‍👩‍👧) and the tag characters of a subdivision flag (🏴 of Scotland). Split
// keeps these pieces at odd indexes, untouched.
const EMOJI_GLUE =
  /(\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*\u200D(?=\p{Extended_Pictographic})|\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{2,6}\u{E007F})/u;

// Controls other than tab and line feed, format characters (bidi overrides and isolates, marks,
// zero-width spaces and joiners, the byte-order mark, soft hyphens, tags) and the other code
// points that fonts draw as nothing (Hangul fillers, the grapheme joiner). They hide words, and
// bidi controls reorder what a reader sees. Variation selectors stay: they pick an emoji's look.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const KEPT = /[\t\n\p{Variation_Selector}]/u;

/**
 * Free text as it is stored: line breaks as "\n" (also CR LF, CR, U+2028 and U+2029), and no
 * control or invisible formatting character that could hide or reorder words.
 */
export function cleanFreeText(text: string): string {
  const lines = text.replace(/\r\n?|[\u0085\u2028\u2029]/g, "\n");
  return lines
    .split(EMOJI_GLUE)
    .map((piece, index) =>
      index % 2 === 1 ? piece : piece.replace(INVISIBLE, (char) => (KEPT.test(char) ? char : "")),
    )
    .join("");
}

const graphemes = new Intl.Segmenter("id", { granularity: "grapheme" });

// Intl.Segmenter (V8) spends time on each segment in proportion to the whole string's length,
// so a long text is counted in pieces. A piece ends between two ASCII characters other than
// CR LF: Unicode's rules (UAX #29) always place a boundary there, so no character is split.
const PIECE_LENGTH = 256;

function pieceEnd(text: string, start: number): number {
  let end = Math.min(start + PIECE_LENGTH, text.length);
  while (end < text.length) {
    const before = text.charCodeAt(end - 1);
    const after = text.charCodeAt(end);
    if (before < 0x80 && after < 0x80 && !(before === 0x0d && after === 0x0a)) break;
    end++;
  }
  return end;
}

/**
 * Characters as a person counts them on screen (grapheme clusters): a letter with its accents,
 * an emoji, a family of emoji joined by zero-width joiners and a flag are one each.
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (let start = 0; start < text.length;) {
    const end = pieceEnd(text, start);
    for (const segment of graphemes.segment(text.slice(start, end))) if (segment) count++;
    start = end;
  }
  return count;
}

/** Unicode code points: what the text costs to store, whatever it looks like. */
export function countCodePoints(text: string): number {
  let count = 0;
  for (const char of text) if (char) count++;
  return count;
}
