import { cleanFreeText, countCharacters, countCodePoints } from "@/lib/text";

import { SUGGESTION_MAX_CODE_POINTS } from "./profile";

// The suggestion as the server stores and measures it; the counter below the box uses the same
// functions, so that the number it shows is the number the server checks.

export function normaliseSuggestion(raw: string): string {
  return cleanFreeText(raw).trim();
}

/**
 * `length` counts characters as a person sees them (an emoji family is one), to be held against
 * SUGGESTION_MAX_LENGTH. A text past SUGGESTION_MAX_CODE_POINTS is `tooLarge` to store, however
 * it looks (far too long, or a flood of combining marks or joined emoji); it is not counted,
 * since counting a huge text character by character takes seconds.
 */
export type SuggestionSize = { tooLarge: false; length: number } | { tooLarge: true; length: null };

export function measureSuggestion(raw: string): SuggestionSize {
  const text = normaliseSuggestion(raw);
  if (countCodePoints(text) > SUGGESTION_MAX_CODE_POINTS) return { tooLarge: true, length: null };
  return { tooLarge: false, length: countCharacters(text) };
}
