import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { PeriodFigures } from "@/lib/dashboard/queries";
import type { ViewScope } from "@/lib/dashboard/scope";
import type { ExportContent } from "@/lib/exports/dashboard-csv";

function exportHref(scope: ViewScope, filters: DashboardFilters, content: ExportContent) {
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

/** Why the elements' file holds only its header row, or null when it holds figures. */
export function emptyElementsReason(figures: PeriodFigures): string | null {
  if (figures.result) return null;
  if (figures.withheld) {
    return `Berkas ini sekarang hanya berisi baris judul kolom. ${figures.withheld}`;
  }
  return "Berkas ini sekarang hanya berisi baris judul kolom, karena belum ada penilaian untuk pilihan ini.";
}

/** The figures on screen as CSV files, with the same filters. */
export function Downloads({
  scope,
  filters,
  figures,
}: {
  scope: ViewScope;
  filters: DashboardFilters;
  figures: PeriodFigures;
}) {
  const empty = emptyElementsReason(figures);
  return (
    <section aria-labelledby="unduh" className="max-w-3xl space-y-2">
      <h2 id="unduh" className="text-2xl font-bold">
        Unduh data
      </h2>
      <p>Berkas CSV dengan titik desimal, bisa dibuka di aplikasi lembar kerja.</p>
      <ul className="list-disc space-y-2 pl-5">
        <li>
          <a
            href={exportHref(scope, filters, "unsur")}
            download
            aria-describedby={empty ? "unduh-unsur-kosong" : undefined}
          >
            Nilai tiap unsur (jumlah nilai, jumlah jawaban, NRR, mutu)
          </a>
          {empty && (
            <span id="unduh-unsur-kosong" className="block text-muted">
              {empty}
            </span>
          )}
        </li>
        <li>
          <a href={exportHref(scope, filters, "unit")} download>
            IKM, mutu, responden dan sampel minimum tiap unit
          </a>
        </li>
      </ul>
    </section>
  );
}
