import { exportDashboard } from "@/lib/exports/dashboard-export";
import { getOfficialFromRequest } from "@/lib/auth/session";

const NOT_FOUND = () => new Response("Halaman tidak ditemukan.", { status: 404 });

/**
 * A dashboard's figures as a file:
 * /dasbor/ekspor?tingkat=unit&slug=…&periode=…&isi=unsur|unit&berkas=csv|xlsx
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const official = await getOfficialFromRequest(request);
  if (!official) {
    const back = encodeURIComponent(`${url.pathname}${url.search}`);
    return Response.redirect(new URL(`/masuk?kembali=${back}`, url), 303);
  }

  const result = await exportDashboard({ official, search: url.searchParams });
  if (result.kind === "not-found") return NOT_FOUND();
  // A byte order mark tells spreadsheets that the CSV is UTF-8.
  const body =
    typeof result.body === "string" ? `\uFEFF${result.body}` : new Uint8Array(result.body);
  return new Response(body, {
    headers: {
      "content-type": result.contentType,
      "content-disposition": `attachment; filename="${result.filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
