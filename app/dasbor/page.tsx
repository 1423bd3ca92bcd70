import type { Metadata } from "next";

import { DashboardView } from "@/components/dashboard/dashboard-view";
import { currentOfficial, loadDashboardPage, queryOf } from "@/lib/dashboard/page";
import { pageTitle } from "@/lib/page-title";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = "/dasbor";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = queryOf(await searchParams);
  const official = await currentOfficial(`${PATH}${query}`);
  const dashboard = await loadDashboardPage(official, "own", "", query);
  return { title: pageTitle(`Dasbor ${dashboard.name}`) };
}

export default async function OwnDashboardPage({ searchParams }: Props) {
  const query = queryOf(await searchParams);
  const official = await currentOfficial(`${PATH}${query}`);
  const dashboard = await loadDashboardPage(official, "own", "", query);
  return <DashboardView dashboard={dashboard} own={official.scope} path={PATH} />;
}
