import type { Metadata } from "next";

import { DashboardView } from "@/components/dashboard/dashboard-view";
import { currentOfficial, loadDashboardPage, queryOf } from "@/lib/dashboard/page";
import { pageTitle } from "@/lib/page-title";

type Props = {
  params: Promise<{ unit: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params, searchParams }: Props) {
  const { unit } = await params;
  const query = queryOf(await searchParams);
  const path = `/dasbor/unit/${encodeURIComponent(unit)}`;
  const official = await currentOfficial(`${path}${query}`);
  const dashboard = await loadDashboardPage(official, "unit", unit, query);
  return { official, dashboard, path };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { dashboard } = await load(props);
  return { title: pageTitle(`Dasbor ${dashboard.name}`) };
}

export default async function UnitDashboardPage(props: Props) {
  const { official, dashboard, path } = await load(props);
  return <DashboardView dashboard={dashboard} own={official.scope} path={path} />;
}
