import { cleanFreeText } from "@/lib/text";

import { foldText, wordsOf } from "./search-index";

/** The longest query searched and shown back; the search box stops at the same length. */
export const MAX_QUERY_LENGTH = 100;
const MAX_TERMS = 6;

export type SearchTerms = { phrase: string; words: string[] };

// A zero-width space stands between words, as some keyboards and pasted text put it; every other
// invisible character (joiners, marks, bidi controls, soft hyphens) is dropped as from any free
// text, so that "samsat\u200Bmataram" is two words and "sam\u00ADsat" is one.
function visibleText(query: string): string {
  return cleanFreeText(query.replace(/\u200B/g, " "));
}

/** What someone typed, on one line and cut to MAX_QUERY_LENGTH characters, for showing back. */
export function clipQuery(query: string): { text: string; clipped: boolean } {
  const line = visibleText(query).replace(/\s+/g, " ").trim();
  if (line.length <= MAX_QUERY_LENGTH) return { text: line, clipped: false };
  return { text: line.slice(0, MAX_QUERY_LENGTH).trimEnd(), clipped: true };
}

/** The words of what someone typed, folded; null when nothing is left to search for. */
export function parseSearchTerms(query: string): SearchTerms | null {
  const phrase = foldText(visibleText(query).normalize("NFKC"))
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
  const words = [...new Set(wordsOf(phrase))].slice(0, MAX_TERMS);
  return words.length === 0 ? null : { phrase, words };
}
