import { stripControlCharacters } from "@/lib/text";

const MAX_QUERY_LENGTH = 100;
const MAX_TERMS = 6;

export type SearchTerms = { phrase: string; words: string[] };

/** The words of what someone typed, lower-cased; null when nothing is left to search for. */
export function parseSearchTerms(query: string): SearchTerms | null {
  const phrase = stripControlCharacters(query)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  if (phrase === "") return null;

  const clipped = phrase.slice(0, MAX_QUERY_LENGTH);
  const words = [...new Set(clipped.split(" "))].slice(0, MAX_TERMS);
  return { phrase: clipped, words };
}

/** A LIKE pattern that matches the text literally: % and _ typed by a person are not wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
