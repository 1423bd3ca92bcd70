import type { ViewScope } from "@/lib/dashboard/scope";
import type { DashboardFilters } from "@/lib/dashboard/filters";

function exportHref(scope: ViewScope, filters: DashboardFilters, content: "unsur" | "unit") {
  const query = new URLSearchParams();
  if (scope.level === "province") query.set("tingkat", "provinsi");
  if (scope.level === "agency") query.set("tingkat", "opd");
  if (scope.level === "agency") query.set("slug", scope.agency.slug);
  if (scope.level === "unit") query.set("tingkat", "unit");
  if (scope.level === "unit") query.set("slug", scope.unit.slug);
  if (filters.periode) query.set("periode", filters.periode);
  if (scope.service) query.set("layanan", String(scope.service.id));
  if (filters.dari) query.set("dari", filters.dari);
  if (filters.sampai) query.set("sampai", filters.sampai);
  query.set("isi", content);
  return `/dasbor/ekspor?${query}`;
}

/** The figures on screen as CSV files, with the same filters. */
export function Downloads({ scope, filters }: { scope: ViewScope; filters: DashboardFilters }) {
  return (
    <section aria-labelledby="unduh" className="space-y-2">
      <h2 id="unduh" className="text-2xl font-bold">
        Unduh data
      </h2>
      <p>Berkas CSV dengan titik desimal, bisa dibuka di aplikasi lembar kerja.</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <a href={exportHref(scope, filters, "unsur")} download>
            Nilai tiap unsur (jumlah nilai, jumlah jawaban, NRR, mutu)
          </a>
        </li>
        <li>
          <a href={exportHref(scope, filters, "unit")} download>
            Responden dan sampel minimum tiap unit
          </a>
        </li>
      </ul>
    </section>
  );
}
