import type { Metadata } from "next";

import { DashboardView } from "@/components/dashboard/dashboard-view";
import { redirectWithoutEmptyParams } from "@/lib/clean-query";
import { currentOfficial, loadDashboardPage, queryOf } from "@/lib/dashboard/page";
import { pageTitle } from "@/lib/page-title";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = "/dasbor";

async function load({ searchParams }: Props) {
  const raw = await searchParams;
  redirectWithoutEmptyParams(PATH, raw);
  const query = queryOf(raw);
  const official = await currentOfficial(`${PATH}${query}`);
  const dashboard = await loadDashboardPage(official, "own", "", query);
  return { official, dashboard };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { dashboard } = await load(props);
  return { title: pageTitle(`Dasbor ${dashboard.name}`) };
}

export default async function OwnDashboardPage(props: Props) {
  const { official, dashboard } = await load(props);
  return <DashboardView dashboard={dashboard} own={official.scope} path={PATH} />;
}
