import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { SearchForm } from "@/components/directory/search-form";
import { SearchResults } from "@/components/directory/search-results";
import { PooledFigures } from "@/components/results/pooled-figures";
import { SurveyPeriod } from "@/components/results/survey-period";
import { searchDirectory } from "@/lib/directory/queries";
import { clipQuery } from "@/lib/directory/search-terms";
import { pageTitle } from "@/lib/page-title";
import { chooseSurvey } from "@/lib/results/public-periods";
import { firstValue } from "@/lib/text";

export const metadata: Metadata = { title: pageTitle("Survei Kepuasan Masyarakat NTB") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// A page number the address cannot give (absent, "abc", "0") is the first page; one past the
// last page of results is the last page (searchDirectory).
function pageNumber(value: string | undefined): number {
  return value && /^\d{1,4}$/.test(value) ? Number(value) : 1;
}

export default async function HomePage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const typed = clipQuery(firstValue(params.q) ?? "");
  const query = typed.clipped ? `${typed.text}…` : typed.text;
  const page = pageNumber(firstValue(params.halaman));
  const [search, choice] = await Promise.all([
    typed.text ? searchDirectory({ q: typed.text, page }) : null,
    chooseSurvey({}),
  ]);
  const survey = choice.kind === "shown" ? choice.survey : null;

  return (
    <div className="space-y-10">
      <section aria-labelledby="judul" className="space-y-3">
        <h1 id="judul" className="text-3xl font-bold">
          Survei Kepuasan Masyarakat Provinsi NTB
        </h1>
        <p>
          SIMASKOT adalah tempat Anda menilai layanan kantor Pemerintah Provinsi Nusa Tenggara Barat
          setelah dilayani. Penilaian Anda tanpa nama, dan hasilnya terbuka untuk semua orang.
        </p>
      </section>
      <section aria-label="Cari unit layanan" className="space-y-6">
        <SearchForm query={typed.text} />
        {search && <SearchResults search={search} query={query} searchText={typed.text} />}
      </section>
      <section aria-labelledby="angka" className="space-y-4">
        <h2 id="angka" className="text-2xl font-bold">
          {survey ? `Hasil ${survey.name}` : "Hasil survei"}
        </h2>
        {survey ? (
          <>
            <SurveyPeriod survey={survey} />
            <PooledFigures survey={survey} />
          </>
        ) : (
          <p>Belum ada periode survei yang hasilnya bisa ditampilkan.</p>
        )}
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/peringkat" className="tap-target">
            Lihat peringkat semua unit
          </Link>
          <Link href="/metodologi" className="tap-target">
            Cara menghitung IKM
          </Link>
        </p>
      </section>
    </div>
  );
}
