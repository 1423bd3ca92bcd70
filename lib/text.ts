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
