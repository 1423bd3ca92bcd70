const HOME = "/dasbor";
const SOMEWHERE = "http://simaskot.invalid";

/**
 * Where a sign-in may send the official back to: a page of the officials' portal (/dasbor and
 * below), never an API route or another site. The path is resolved the way a browser would, so
 * "/dasbor/../api/…" or "/dasbor/%2e%2e/…" cannot climb out; printable ASCII only, since browsers
 * drop tabs and newlines from URLs and "/\t/evil.example" would otherwise leave the site.
 */
export function safeReturnPath(path: string | undefined): string {
  if (!path || !/^\/(?!\/)[\x21-\x7e]*$/.test(path) || path.includes("\\")) return HOME;

  const url = URL.parse(path, SOMEWHERE);
  if (!url || url.origin !== SOMEWHERE) return HOME;
  if (url.pathname !== HOME && !url.pathname.startsWith(`${HOME}/`)) return HOME;
  return `${url.pathname}${url.search}`;
}

/** next-auth's callback URL, held to the same rule: an absolute URL of this portal only. */
export function safeCallbackUrl(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  const target = URL.parse(url, base);
  const path = target && target.origin === base.origin ? `${target.pathname}${target.search}` : "";
  return new URL(safeReturnPath(path), base).toString();
}
