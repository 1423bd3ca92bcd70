import type { Metadata } from "next";

import { DashboardView } from "@/components/dashboard/dashboard-view";
import { ServiceEstimatesForm } from "@/components/directory/service-estimates-form";
import { canManageUnit } from "@/lib/auth/scope";
import { saveEstimates } from "@/lib/directory/actions";
import { describeBasis, estimateBasis } from "@/lib/directory/estimate-basis";
import { findUnitBySlug } from "@/lib/directory/queries";
import { redirectWithoutEmptyParams } from "@/lib/clean-query";
import { currentOfficial, loadDashboardPage, queryOf } from "@/lib/dashboard/page";
import { pageTitle } from "@/lib/page-title";

type Props = {
  params: Promise<{ unit: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params, searchParams }: Props) {
  const { unit } = await params;
  const raw = await searchParams;
  const path = `/dasbor/unit/${encodeURIComponent(unit)}`;
  redirectWithoutEmptyParams(path, raw);
  const query = queryOf(raw);
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
  const { scope } = dashboard;
  const unit = scope.level === "unit" ? await findUnitBySlug({ slug: scope.unit.slug }) : null;
  const manages = unit && canManageUnit(official, { id: unit.id, agencyId: unit.agency.id });

  return (
    <DashboardView dashboard={dashboard} own={official.scope} path={path}>
      {unit && manages && (
        <section aria-labelledby="perkiraan" className="max-w-3xl space-y-3">
          <h2 id="perkiraan" className="text-2xl font-bold">
            Perkiraan jumlah pengguna per tahun
          </h2>
          <p>
            Sampel minimum tiap periode dihitung dari perkiraan jumlah orang yang dilayani per tahun
            (rumus Krejcie dan Morgan): dari jumlah perkiraan semua layanan bila semuanya sudah
            diisi, dan sampai saat itu dari perkiraan unit. Jika belum tahu, kosongkan.
          </p>
          <p id="perkiraan-dipakai" className="border-l-4 border-brand-700 bg-brand-50 px-3 py-2">
            {describeBasis(
              estimateBasis({
                unitEstimate: unit.annualUsers,
                serviceEstimates: unit.services.map((service) => service.annualUsers),
              }),
            )}
          </p>
          <ServiceEstimatesForm
            action={saveEstimates.bind(null, unit.slug)}
            services={unit.services}
          />
        </section>
      )}
    </DashboardView>
  );
}
