import { cleanFreeText, countCharacters } from "@/lib/text";

// The suggestion as the server stores and measures it; the counter below the box uses the same
// two functions, so that the number it shows is the number the server checks.

export function normaliseSuggestion(raw: string): string {
  return cleanFreeText(raw).trim();
}

export function suggestionLength(raw: string): number {
  return countCharacters(normaliseSuggestion(raw));
}
