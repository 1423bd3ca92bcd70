import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";

import type { Official } from "@/lib/auth/scope";
import { requireOfficial } from "@/lib/auth/session";

import { parseDashboardFilters } from "./filters";
import { type Dashboard, type DashboardTarget, loadDashboard } from "./queries";

type RawParams = Record<string, string | string[] | undefined>;

/** The query string of a request as one stable text ("" or "?a=1&b=2"), keys sorted. */
export function queryOf(raw: RawParams): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(raw).sort()) {
    const value = raw[key];
    for (const single of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      query.append(key, single);
    }
  }
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}

function paramsOf(query: string): RawParams {
  const search = new URLSearchParams(query);
  return Object.fromEntries([...search.keys()].map((key) => [key, search.getAll(key)]));
}

/** The signed-in official, once per request however many parts of the page ask. */
export const currentOfficial = cache(async (returnTo: string): Promise<Official> => {
  await connection();
  return requireOfficial(returnTo);
});

function targetOf(level: DashboardTarget["level"], slug: string): DashboardTarget {
  if (level === "agency" || level === "unit") return { level, slug };
  return { level };
}

/**
 * A dashboard page's data, once per request (the title and the page share it). A target or
 * filter outside the official's scope, or one that names nothing, answers 404.
 */
export const loadDashboardPage = cache(
  async (
    official: Official,
    level: DashboardTarget["level"],
    slug: string,
    query: string,
  ): Promise<Dashboard> => {
    const parsed = parseDashboardFilters(paramsOf(query));
    if (parsed.unreadable.length > 0) notFound();

    const dashboard = await loadDashboard({
      official,
      target: targetOf(level, slug),
      filters: parsed.filters,
    });
    if (!dashboard) notFound();
    return { ...dashboard, notes: [...parsed.notes, ...dashboard.notes] };
  },
);
