export function SiteFooter() {
  return (
    <footer className="mt-10 border-t border-line/40 bg-brand-50">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-muted group-has-data-wide/page:max-w-7xl">
        <p>
          SIMASKOT adalah Survei Kepuasan Masyarakat Online Terintegrasi Pemerintah Provinsi Nusa
          Tenggara Barat, dikelola Biro Organisasi Setda bersama Diskominfotik.
        </p>
        <p>
          Punya pengaduan yang perlu dijawab? Sampaikan lewat{" "}
          <a href="https://www.lapor.go.id">SP4N-LAPOR!</a> atau{" "}
          <a href="https://ntbcare.ntbprov.go.id">NTB Care</a>.
        </p>
        <p>
          {/* True signed in or not: /dasbor asks an official who is signed out to sign in. A
              full page load, so that no redirect cached while signed out is replayed later. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/dasbor" className="tap-target">
            Dasbor petugas
          </a>
        </p>
      </div>
    </footer>
  );
}
