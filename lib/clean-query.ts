import { redirect } from "next/navigation";

// A GET form sends every field, the ones left empty too ("?opd=&dari=&sampai="). Shared
// addresses should hold only what was chosen: the form builds its address without them when
// JavaScript runs, and a page asked for with them redirects to the same address without them.

type RawParams = Record<string, string | string[] | undefined>;

function isBlank(value: string): boolean {
  return value.trim() === "";
}

function queryText(query: URLSearchParams): string {
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}

/** The query without its empty parameters, in their order; null when none was empty. */
export function withoutEmptyParams(raw: RawParams): string | null {
  const query = new URLSearchParams();
  let dropped = false;
  for (const [key, value] of Object.entries(raw)) {
    for (const single of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (isBlank(single)) dropped = true;
      else query.append(key, single);
    }
  }
  return dropped ? queryText(query) : null;
}

/** A GET form's fields as a query string, without the fields left empty. */
export function queryOfForm(data: FormData): string {
  const query = new URLSearchParams();
  for (const [key, value] of data.entries()) {
    if (typeof value === "string" && !isBlank(value)) query.append(key, value);
  }
  return queryText(query);
}

/** Sends a request with empty parameters to the same page without them (307). */
export function redirectWithoutEmptyParams(path: string, raw: RawParams): void {
  const clean = withoutEmptyParams(raw);
  if (clean !== null) redirect(`${path}${clean}`);
}
