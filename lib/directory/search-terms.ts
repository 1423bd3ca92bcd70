import { stripControlCharacters } from "@/lib/text";

import { foldText, wordsOf } from "./search-index";

/** The longest query searched and shown back; the search box stops at the same length. */
export const MAX_QUERY_LENGTH = 100;
const MAX_TERMS = 6;

export type SearchTerms = { phrase: string; words: string[] };

/** What someone typed, on one line and cut to MAX_QUERY_LENGTH characters, for showing back. */
export function clipQuery(query: string): { text: string; clipped: boolean } {
  const line = stripControlCharacters(query).replace(/\s+/g, " ").trim();
  if (line.length <= MAX_QUERY_LENGTH) return { text: line, clipped: false };
  return { text: line.slice(0, MAX_QUERY_LENGTH).trimEnd(), clipped: true };
}

/** The words of what someone typed, folded; null when nothing is left to search for. */
export function parseSearchTerms(query: string): SearchTerms | null {
  const phrase = foldText(stripControlCharacters(query).normalize("NFKC"))
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
  const words = [...new Set(wordsOf(phrase))].slice(0, MAX_TERMS);
  return words.length === 0 ? null : { phrase, words };
}
