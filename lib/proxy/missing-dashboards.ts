import { getOfficialFromRequest } from "@/lib/auth/session";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { dashboardExists, type DashboardTarget } from "@/lib/dashboard/queries";

// The dashboards' addresses that their page would answer "not found" (lib/dashboard/page.ts),
// found before the page renders, for the same reason as the public ones (missing-pages.ts):
// without JavaScript Next.js leaves a page's own notFound() blank. A visitor who is not signed
// in is left to the page, which asks them to sign in first, so nothing tells what exists.

const DASHBOARD = /^\/dasbor(?:\/(opd|unit)\/([^/]+))?\/?$/;
const LEVELS = { opd: "agency", unit: "unit" } as const;

function paramsOf(searchParams: URLSearchParams): Record<string, string[]> {
  const params: Record<string, string[]> = {};
  for (const key of new Set(searchParams.keys())) params[key] = searchParams.getAll(key);
  return params;
}

/** Whether a signed-in official's dashboard address names nothing in their scope. */
export async function isMissingDashboard(request: Request, url: URL): Promise<boolean> {
  const { pathname, searchParams } = url;
  if (!pathname.startsWith("/dasbor") || pathname.startsWith("/dasbor/ekspor")) return false;
  if (pathname !== "/dasbor" && !pathname.startsWith("/dasbor/")) return false;

  const official = await getOfficialFromRequest(request);
  if (!official) return false;

  const match = DASHBOARD.exec(pathname);
  if (!match) return true;
  const parsed = parseDashboardFilters(paramsOf(searchParams));
  if (parsed.unreadable.length > 0) return true;

  const level = match[1] as keyof typeof LEVELS | undefined;
  const target: DashboardTarget = level
    ? { level: LEVELS[level], slug: decodeURIComponent(match[2]!) }
    : { level: "own" };
  return !(await dashboardExists({ official, target, filters: parsed.filters }));
}
