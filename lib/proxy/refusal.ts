import { pageTitle } from "@/lib/page-title";

export type Refusal = { status: 400 | 403; title: string; message: string };

export const UNREADABLE_ADDRESS: Refusal = {
  status: 400,
  title: "Alamat tidak bisa dibaca",
  message:
    "Alamat yang Anda buka memuat karakter yang rusak, mungkin terpotong saat disalin. " +
    "Periksa lagi alamatnya, atau cari unit layanan dari beranda.",
};

export const CROSS_SITE_FORM: Refusal = {
  status: 403,
  title: "Kiriman ditolak",
  message:
    "Formulir ini dikirim dari situs lain, jadi kami menolaknya demi keamanan. Tidak ada yang " +
    "disimpan. Buka SIMASKOT langsung, lalu isi dan kirim formulirnya dari sana.",
};

export const UNREADABLE_FORM: Refusal = {
  status: 400,
  title: "Formulir tidak terbaca",
  message:
    "Isi formulir yang sampai ke kami rusak atau terpotong, jadi tidak ada yang disimpan. " +
    "Buka lagi halamannya, lalu kirim ulang.",
};

// A page of its own, in Indonesian: these requests are answered before any route renders, so
// the site's layout is not there. The words are ours; nothing from the request is echoed.
function refusalHtml({ title, message }: Refusal): string {
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${pageTitle(title)}</title>
<style>body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#1b1f24}
header{background:#084b8f;color:#fff;padding:.75rem 1rem;font-weight:700}
main{max-width:48rem;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.75rem;line-height:1.25}
a{color:#084b8f;display:inline-flex;align-items:center;min-height:2.75rem}</style>
</head>
<body>
<header>SIMASKOT NTB</header>
<main>
<h1>${title}</h1>
<p>${message}</p>
<p><a href="/">Ke halaman utama</a></p>
</main>
</body>
</html>
`;
}

export function refusalResponse(refusal: Refusal): Response {
  return new Response(refusalHtml(refusal), {
    status: refusal.status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
