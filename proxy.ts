import { NextResponse, type NextRequest } from "next/server";

import { logger } from "@/lib/logger";
import { isMissingPublicPage } from "@/lib/proxy/missing-pages";
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

async function answersNotFound(request: NextRequest): Promise<boolean> {
  try {
    return await isMissingPublicPage(request.nextUrl);
  } catch (error) {
    // The page makes the same checks itself; let it answer rather than fail here.
    logger.warn({ err: error, path: request.nextUrl.pathname }, "proxy could not check the page");
    return false;
  }
}

/**
 * Refuses what no page could read, in Indonesian, sends a unit's address typed in capitals to
 * its lower-case form, and answers unknown public pages with a 404.
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
  if (reading && (await answersNotFound(request))) {
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  return NextResponse.next();
}

export const config = {
  // Everything but the framework's static files and the icons.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
