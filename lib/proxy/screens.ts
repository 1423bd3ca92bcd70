// Checks on a request that need nothing but the request: each says whether to refuse it.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A percent-encoding that does not decode (e.g. `%E0%A4%A`): no route could read it. */
export function hasUnreadablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

function originHost(origin: string): string | null {
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * A state-changing request whose Origin is another site (or the opaque "null"). It mirrors the
 * check Next.js makes before running a server action (Origin against X-Forwarded-Host or Host),
 * so it refuses nothing Next.js would run; Next.js still makes its own check afterwards. A request
 * without Origin passes here as it does there.
 */
export function isCrossSiteSubmission(request: Request): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;

  const host = originHost(origin);
  const forwardedHost = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return host === null || (host !== forwardedHost && host !== request.headers.get("host"));
}

/** A multipart form whose body does not parse: Next.js would answer it with a bare 500. */
export async function hasUnreadableForm(request: Request): Promise<boolean> {
  if (request.method !== "POST") return false;
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (!type.startsWith("multipart/form-data")) return false;
  try {
    await request.clone().formData();
    return false;
  } catch {
    return true;
  }
}
