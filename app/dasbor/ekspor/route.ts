import { exportDashboard } from "@/lib/exports/dashboard-csv";
import { getOfficialFromRequest } from "@/lib/auth/session";

const NOT_FOUND = () => new Response("Halaman tidak ditemukan.", { status: 404 });

/** A dashboard's figures as CSV: /dasbor/ekspor?tingkat=unit&slug=…&periode=…&isi=unsur|unit */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const official = await getOfficialFromRequest(request);
  if (!official) {
    const back = encodeURIComponent(`${url.pathname}${url.search}`);
    return Response.redirect(new URL(`/masuk?kembali=${back}`, url), 303);
  }

  const result = await exportDashboard({ official, search: url.searchParams });
  if (result.kind === "not-found") return NOT_FOUND();
  return new Response(`\uFEFF${result.body}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${result.filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
