import type { Metadata } from "next";

import { DashboardView } from "@/components/dashboard/dashboard-view";
import { redirectWithoutEmptyParams } from "@/lib/clean-query";
import { currentOfficial, loadDashboardPage, queryOf } from "@/lib/dashboard/page";
import { pageTitle } from "@/lib/page-title";

type Props = {
  params: Promise<{ agency: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params, searchParams }: Props) {
  const { agency } = await params;
  const raw = await searchParams;
  const path = `/dasbor/opd/${encodeURIComponent(agency)}`;
  redirectWithoutEmptyParams(path, raw);
  const query = queryOf(raw);
  const official = await currentOfficial(`${path}${query}`);
  const dashboard = await loadDashboardPage(official, "agency", agency, query);
  return { official, dashboard, path };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { dashboard } = await load(props);
  return { title: pageTitle(`Dasbor ${dashboard.name}`) };
}

export default async function AgencyDashboardPage(props: Props) {
  const { official, dashboard, path } = await load(props);
  return <DashboardView dashboard={dashboard} own={official.scope} path={path} />;
}
