/** Whether a line of text fits: by its number of characters, or measured in pixels. */
export type Fits = (line: string) => boolean;

export function fitsCharacters(width: number): Fits {
  return (line) => line.length <= width;
}

/** A word too long for a line of its own is cut into pieces, each but the last ending in "-". */
function splitWord(word: string, fits: Fits): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest !== "" && !fits(rest)) {
    let length = 1;
    while (length < rest.length - 1 && fits(`${rest.slice(0, length + 1)}-`)) length += 1;
    pieces.push(`${rest.slice(0, length)}-`);
    rest = rest.slice(length);
  }
  if (rest !== "") pieces.push(rest);
  return pieces;
}

/**
 * Splits a label into lines that fit (about `fits` characters, or a test of each line), so
 * that long names fit a narrow chart instead of being cut at its edge.
 */
export function wrapLabel(label: string, fits: Fits | number = 13): string[] {
  const test = typeof fits === "number" ? fitsCharacters(fits) : fits;
  const lines: string[] = [];
  for (const word of label.split(" ").filter((part) => part !== "")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && test(`${last} ${word}`)) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(...splitWord(word, test));
    }
  }
  return lines;
}
