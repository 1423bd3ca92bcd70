import { NextResponse, type NextRequest } from "next/server";

import { logger } from "@/lib/logger";
import { isMissingDashboard } from "@/lib/proxy/missing-dashboards";
import { isMissingPublicPage } from "@/lib/proxy/missing-pages";
import { NOT_FOUND_HEADER } from "@/lib/proxy/not-found-header";
import {
  CROSS_SITE_FORM,
  refusalResponse,
  UNREADABLE_ADDRESS,
  UNREADABLE_FORM,
} from "@/lib/proxy/refusal";
import { hasUnreadableForm, hasUnreadablePath, isCrossSiteSubmission } from "@/lib/proxy/screens";
import { lowerCaseUnitAddress } from "@/lib/proxy/slug-case";

// No route has this path (folders starting with "_" are private in the app router), so a
// rewrite to it is served by Next.js's own server-rendered not-found page, with status 404.
const NOT_FOUND_PATH = "/_tidak-ditemukan";

type Missing = "public" | "dasbor" | null;

async function answersNotFound(request: NextRequest): Promise<Missing> {
  try {
    if (await isMissingPublicPage(request.nextUrl)) return "public";
    return (await isMissingDashboard(request, request.nextUrl)) ? "dasbor" : null;
  } catch (error) {
    // The page makes the same checks itself; let it answer rather than fail here.
    logger.warn({ err: error, path: request.nextUrl.pathname }, "proxy could not check the page");
    return null;
  }
}

/**
 * Refuses what no page could read, in Indonesian, sends a unit's address typed in capitals to
 * its lower-case form, and answers unknown public pages and dashboards with a 404.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  if (hasUnreadablePath(request.nextUrl.pathname)) return refusalResponse(UNREADABLE_ADDRESS);
  if (isCrossSiteSubmission(request)) return refusalResponse(CROSS_SITE_FORM);
  if (await hasUnreadableForm(request)) return refusalResponse(UNREADABLE_FORM);

  // Only pages being read: a submission's own action answers for its unit, and the survey's
  // submissions, the busiest requests, are spared a query.
  const reading = request.method === "GET" || request.method === "HEAD";
  const lowerCase = reading ? lowerCaseUnitAddress(request.nextUrl) : null;
  if (lowerCase) return NextResponse.redirect(lowerCase, 308);
  const missing = reading ? await answersNotFound(request) : null;
  if (missing) {
    // The not-found page speaks to officials when the address was a dashboard's.
    const headers = new Headers(request.headers);
    headers.set(NOT_FOUND_HEADER, missing);
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers } });
  }
  return NextResponse.next();
}

export const config = {
  // Everything but the framework's static files and the icons.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
