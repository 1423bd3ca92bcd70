import Link from "next/link";
import type { ReactNode } from "react";

import { ElementFigure } from "@/components/results/element-figure";
import { SurveyPeriod } from "@/components/results/survey-period";
import type { Scope } from "@/lib/auth/scope";
import { dashboardQuery } from "@/lib/dashboard/filters";
import type { Dashboard, PeriodFigures } from "@/lib/dashboard/queries";
import { formatDay } from "@/lib/format/date";

import { Downloads } from "./downloads";
import { FilterForm } from "./filter-form";
import { IkmHeadline } from "./ikm-headline";
import { ProfileSection } from "./profile-section";
import { SampleSection } from "./sample-section";
import { ScopeTrail } from "./scope-trail";
import { TrendFigure } from "./trend-figure";
import { UnitTable } from "./unit-table";

// The dates chosen, not a claim about which answers count: whole blocks of days may widen
// them, and the notes then say which days the figures cover.
function rangeText({ dari, sampai }: Dashboard["filters"]): string | null {
  if (dari && sampai)
    return `Rentang tanggal yang dipilih: ${formatDay(dari)} sampai ${formatDay(sampai)} (WITA).`;
  if (dari) return `Rentang tanggal yang dipilih: sejak ${formatDay(dari)} (WITA).`;
  if (sampai) return `Rentang tanggal yang dipilih: sampai ${formatDay(sampai)} (WITA).`;
  return null;
}

/** What the dashboard says about the filters and the figures before showing any. */
export function DashboardNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <div role="status" className="space-y-1 border-l-4 border-brand-700 bg-brand-50 px-3 py-2">
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}

/** Every figure of one period, narrowed by the filters, and their downloads. */
export function DashboardFigures({
  dashboard,
  figures,
  path,
}: {
  dashboard: Dashboard;
  figures: PeriodFigures;
  path: string;
}) {
  const { scope, filters, name } = dashboard;
  const kept = dashboardQuery({
    periode: filters.periode,
    dari: filters.dari,
    sampai: filters.sampai,
  });
  const unitHref = (slug: string) => `/dasbor/unit/${slug}${kept}`;
  const narrowed = figures.range !== null || scope.service !== null;
  // On a desk the figures sit two by two; on a phone, one under the other in the same order.
  return (
    <div className="grid gap-x-10 gap-y-8 lg:grid-cols-2">
      <section aria-labelledby="ikm" className="min-w-0 space-y-3">
        <h2 id="ikm" className="text-2xl font-bold">
          IKM {name}
        </h2>
        <IkmHeadline name={name} figures={figures} />
      </section>
      <SampleSection figures={figures} unitHref={unitHref} narrowed={narrowed} />
      {figures.result && (
        <section aria-labelledby="unsur" className="min-w-0 space-y-3 lg:col-span-2 xl:col-span-1">
          <h2 id="unsur" className="text-2xl font-bold">
            Nilai tiap unsur
          </h2>
          <ElementFigure elements={figures.result.elements} />
          {figures.result.unanswered.length > 0 && (
            <p>
              Belum ada jawaban untuk unsur{" "}
              {figures.result.unanswered.map((element) => element.name).join(", ")}; IKM di atas
              dihitung dari unsur yang sudah dijawab.
            </p>
          )}
        </section>
      )}
      <section
        aria-labelledby="tren"
        className={`min-w-0 space-y-3 ${figures.result ? "" : "lg:col-span-2"}`}
      >
        <h2 id="tren" className="text-2xl font-bold">
          IKM dari periode ke periode
        </h2>
        <TrendFigure
          name={name}
          trend={figures.trend}
          ranged={figures.range !== null}
          perService={scope.service !== null}
        />
      </section>
      <div className="min-w-0 lg:col-span-2">
        <ProfileSection profile={figures.profile} withheld={figures.profileWithheld} />
      </div>
      {figures.ranking && (
        <section aria-labelledby="unit" className="min-w-0 space-y-3 lg:col-span-2">
          <h2 id="unit" className="text-2xl font-bold">
            Peringkat unit
          </h2>
          <UnitTable
            units={figures.ranking}
            caption={`Peringkat unit ${name}, ${figures.survey.name}`}
            path={path}
            filters={filters}
            unitHref={unitHref}
            showAgency={scope.level === "province"}
          />
          <p className="max-w-3xl">
            IKM {name} di atas menggabungkan semua jawaban dari unit-unitnya, bukan rata-rata IKM
            unit, sehingga bisa berbeda dari rata-rata angka di tabel.{" "}
            <Link href="/metodologi#gabungan">Baca cara menghitungnya</Link>.
          </p>
        </section>
      )}
      <div className="min-w-0 lg:col-span-2">
        <Downloads scope={scope} filters={filters} figures={figures} />
      </div>
    </div>
  );
}

/** A whole dashboard: where it is, the filters, then every figure of the chosen period. */
export function DashboardView({
  dashboard,
  own,
  path,
  children,
}: {
  dashboard: Dashboard;
  own: Scope;
  path: string;
  /** Sections of one kind of dashboard only, shown after the figures. */
  children?: ReactNode;
}) {
  const { scope, filters, period } = dashboard;
  const kept = dashboardQuery({
    periode: filters.periode,
    dari: filters.dari,
    sampai: filters.sampai,
  });
  const range = rangeText(filters);
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <ScopeTrail scope={scope} own={own} query={kept} />
        <h1 className="text-3xl font-bold">Dasbor {dashboard.name}</h1>
        {scope.level === "unit" && (
          <p>
            {scope.agency.name}
            {scope.service && (
              <>
                <br />
                Layanan: {scope.service.name}
              </>
            )}
          </p>
        )}
        {period && <SurveyPeriod survey={period.survey} />}
        {range && <p className="font-semibold">{range}</p>}
      </header>
      <DashboardNotes notes={dashboard.notes} />
      <FilterForm dashboard={dashboard} own={own} />
      {period ? (
        <DashboardFigures dashboard={dashboard} figures={period} path={path} />
      ) : (
        <p>Belum ada periode survei. Angka akan muncul setelah periode survei pertama dibuka.</p>
      )}
      {children}
    </article>
  );
}
