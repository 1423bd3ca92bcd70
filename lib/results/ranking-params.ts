import { z } from "zod";

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

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,100}$/)
  .optional()
  .catch(undefined);

const schema = z.object({
  periode: slug,
  opd: slug,
  urut: z.enum(rankingSorts).catch("ikm"),
  arah: z.enum(["naik", "turun"]).optional().catch(undefined),
});

function first(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return single === "" ? undefined : single;
}

/** `?periode=&opd=&urut=&arah=` of the ranking page; anything unreadable falls back to defaults. */
export function parseRankingParams(raw: RawParams): RankingParams {
  const parsed = schema.parse({
    periode: first(raw.periode),
    opd: first(raw.opd),
    urut: first(raw.urut),
    arah: first(raw.arah),
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
