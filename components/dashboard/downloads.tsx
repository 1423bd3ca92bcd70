import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { PeriodFigures } from "@/lib/dashboard/queries";
import type { ViewScope } from "@/lib/dashboard/scope";
import type { ExportContent, ExportFormat } from "@/lib/exports/dashboard-export";

function exportHref(
  scope: ViewScope,
  filters: DashboardFilters,
  content: ExportContent,
  format: ExportFormat,
) {
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
  if (format !== "csv") query.set("berkas", format);
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

/** One table offered as a workbook and as CSV; each link names its table for screen readers. */
function FileLinks({
  scope,
  filters,
  content,
  what,
  describedBy,
}: {
  scope: ViewScope;
  filters: DashboardFilters;
  content: ExportContent;
  what: string;
  describedBy?: string;
}) {
  return (
    <span className="flex flex-wrap gap-x-6">
      {(["xlsx", "csv"] as const).map((format) => (
        <a
          key={format}
          href={exportHref(scope, filters, content, format)}
          download
          aria-describedby={describedBy}
          className="inline-flex min-h-11 items-center"
        >
          {format === "xlsx" ? "Excel (.xlsx)" : "CSV"}
          <span className="sr-only">: {what}</span>
        </a>
      ))}
    </span>
  );
}

/** The figures on screen as files, with the same filters. */
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
  const elements = "nilai tiap unsur (jumlah nilai, jumlah jawaban, NRR, mutu)";
  const units = "IKM, mutu, responden dan sampel minimum tiap unit";
  return (
    <section aria-labelledby="unduh" className="max-w-3xl space-y-2">
      <h2 id="unduh" className="text-2xl font-bold">
        Unduh data
      </h2>
      <p>
        Berkas Excel terbuka rapi di aplikasi lembar kerja. Berkas CSV memakai titik desimal, untuk
        diolah dengan program.
      </p>
      <ul className="list-disc space-y-3 pl-5">
        <li>
          <span className="block first-letter:uppercase">{elements}</span>
          <FileLinks
            scope={scope}
            filters={filters}
            content="unsur"
            what={elements}
            describedBy={empty ? "unduh-unsur-kosong" : undefined}
          />
          {empty && (
            <span id="unduh-unsur-kosong" className="block text-muted">
              {empty}
            </span>
          )}
        </li>
        <li>
          <span className="block">{units}</span>
          <FileLinks scope={scope} filters={filters} content="unit" what={units} />
        </li>
      </ul>
    </section>
  );
}
