import { z } from "zod";

import { firstValue } from "@/lib/text";

import { type RankingSort, rankingSorts, type SortDirection } from "./ranking";

type RawParams = Record<string, string | string[] | undefined>;

export type RankingParams = {
  periode?: string;
  opd?: string;
  sort: RankingSort;
  direction: SortDirection;
};

const URL_DIRECTIONS = { naik: "asc", turun: "desc" } as const;

const DEFAULT_DIRECTION: Record<RankingSort, SortDirection> = {
  ikm: "desc",
  responden: "desc",
  nama: "asc",
};

// Kept as typed, even when it cannot be a slug: the page answers an unreadable period or agency
// the same way as an unknown one (404), never by silently showing everything.
const named = z.string().optional().catch(undefined);

const schema = z.object({
  periode: named,
  opd: named,
  urut: z.enum(rankingSorts).catch("ikm"),
  arah: z.enum(["naik", "turun"]).optional().catch(undefined),
});

/** `?periode=&opd=&urut=&arah=` of the ranking page; an unreadable order falls back to the default. */
export function parseRankingParams(raw: RawParams): RankingParams {
  const parsed = schema.parse({
    periode: firstValue(raw.periode),
    opd: firstValue(raw.opd),
    urut: firstValue(raw.urut),
    arah: firstValue(raw.arah),
  });
  return {
    periode: parsed.periode,
    opd: parsed.opd,
    sort: parsed.urut,
    direction: parsed.arah ? URL_DIRECTIONS[parsed.arah] : DEFAULT_DIRECTION[parsed.urut],
  };
}

/** The address of the ranking sorted by `sort`: a second click on the same key reverses it. */
export function rankingHref(params: RankingParams, sort: RankingSort): string {
  const reversed = params.direction === "asc" ? "desc" : "asc";
  const direction = params.sort === sort ? reversed : DEFAULT_DIRECTION[sort];
  const query = new URLSearchParams();
  if (params.periode) query.set("periode", params.periode);
  if (params.opd) query.set("opd", params.opd);
  query.set("urut", sort);
  query.set("arah", direction === "asc" ? "naik" : "turun");
  return `/peringkat?${query.toString()}`;
}
