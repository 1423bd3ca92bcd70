import { isSlug } from "@/lib/text";

// A unit's address typed or printed in capitals (/survei/SAMSAT-MATARAM) means the unit whose
// slug is the same in lower case: slugs are lower case, and people copy addresses from posters.
const UNIT_ADDRESS = /^\/(unit|survei)\/([A-Za-z0-9-]+)(\/terima-kasih)?\/?$/;

/** The same address with the unit's slug in lower case, or null when it is lower case already. */
export function lowerCaseUnitAddress(url: URL): URL | null {
  const match = UNIT_ADDRESS.exec(url.pathname);
  if (!match) return null;

  const [, page, slug, rest] = match;
  const lower = slug!.toLowerCase();
  if (lower === slug || !isSlug(lower)) return null;

  const target = new URL(url);
  target.pathname = `/${page}/${lower}${rest ?? ""}`;
  return target;
}
