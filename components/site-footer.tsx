export function SiteFooter() {
  return (
    <footer className="mt-10 border-t border-line/40 bg-brand-50">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-muted">
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
          <a href="/masuk">Masuk untuk petugas</a>
        </p>
      </div>
    </footer>
  );
}
