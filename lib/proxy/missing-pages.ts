import { unitSlugExists } from "@/lib/directory/queries";
import { rankingPageExists, unitPeriodExists } from "@/lib/results/page-targets";
import { parseRankingParams } from "@/lib/results/ranking-params";
import { firstValue } from "@/lib/text";

// The public addresses whose page would call notFound(). Next.js renders a notFound() thrown
// by a page only in the browser (its not-found boundary is a client error boundary, and error
// boundaries do not run during server rendering): without JavaScript the page stays blank.
// Answering these addresses here, before the route renders, lets Next.js serve its
// server-rendered 404 page instead. The pages keep their own notFound() for the moment between.

const UNIT_PAGE = /^\/unit\/([^/]+)\/?$/;
const SURVEY_PAGES = /^\/survei\/([^/]+)(?:\/terima-kasih)?\/?$/;

function paramsOf(searchParams: URLSearchParams): Record<string, string[]> {
  const params: Record<string, string[]> = {};
  for (const key of new Set(searchParams.keys())) params[key] = searchParams.getAll(key);
  return params;
}

/** Whether a public page at this address would answer "Halaman tidak ditemukan". */
export async function isMissingPublicPage(url: URL): Promise<boolean> {
  const { pathname, searchParams } = url;
  if (pathname === "/peringkat") {
    return !(await rankingPageExists(parseRankingParams(paramsOf(searchParams))));
  }

  const unitPage = UNIT_PAGE.exec(pathname);
  if (unitPage) {
    const [exists, periodExists] = await Promise.all([
      unitSlugExists({ slug: decodeURIComponent(unitPage[1]!) }),
      unitPeriodExists({ periode: firstValue(searchParams.getAll("periode")) }),
    ]);
    return !exists || !periodExists;
  }

  const surveyPage = SURVEY_PAGES.exec(pathname);
  if (surveyPage) return !(await unitSlugExists({ slug: decodeURIComponent(surveyPage[1]!) }));
  return false;
}
