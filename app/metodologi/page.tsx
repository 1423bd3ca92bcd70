import type { Metadata } from "next";
import Link from "next/link";

import { GradeTable } from "@/components/methodology/grade-table";
import { PoolingExample } from "@/components/methodology/pooling-example";
import { SampleExamples } from "@/components/methodology/sample-examples";
import { NATIONAL_ELEMENTS } from "@/db/seed/questionnaire";
import { formatNrr } from "@/lib/format/number";
import { pageTitle } from "@/lib/page-title";

export const metadata: Metadata = {
  title: pageTitle("Cara menghitung IKM"),
  description: "Cara SIMASKOT menghitung Indeks Kepuasan Masyarakat, dijelaskan dengan sederhana.",
};

// Nothing here depends on the request; the root not-found page, rendered into every page, reads
// a cookie (lib/auth/not-found.ts), which would otherwise make this page dynamic.
export const dynamic = "force-static";

const H2 = "text-2xl font-bold";

export default function MethodologyPage() {
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Cara menghitung IKM</h1>
        <p>
          Indeks Kepuasan Masyarakat (IKM) menunjukkan seberapa puas orang dengan layanan sebuah
          unit, pada skala 25 sampai 100. Semua unit dihitung dengan cara yang sama, sesuai
          Peraturan Menteri PANRB Nomor 14 Tahun 2017. Setiap angka yang kami terbitkan bisa
          dihitung ulang dari jumlah nilai dan jumlah jawaban.
        </p>
      </header>

      <section aria-labelledby="unsur" className="space-y-3">
        <h2 id="unsur" className={H2}>
          Sembilan unsur pelayanan
        </h2>
        <p>Setiap orang yang sudah dilayani menjawab sembilan pertanyaan, satu untuk tiap unsur:</p>
        <ol className="list-decimal space-y-1 pl-6">
          {NATIONAL_ELEMENTS.map((element) => (
            <li key={element.code}>{element.name}</li>
          ))}
        </ol>
        <p>
          Setiap pertanyaan punya empat pilihan jawaban. Pilihan pertama bernilai 1 (paling buruk),
          pilihan keempat bernilai 4 (paling baik).
        </p>
      </section>

      <section aria-labelledby="nrr" className="space-y-3">
        <h2 id="nrr" className={H2}>
          Nilai rata-rata tiap unsur (NRR)
        </h2>
        <p>
          NRR sebuah unsur adalah jumlah nilai yang diberikan untuk unsur itu dibagi jumlah orang
          yang menjawabnya. Misalnya 20 orang menilai waktu penyelesaian dengan jumlah nilai 62:
          NRR-nya 62 : 20 = {formatNrr(62 / 20)}. Jawaban yang dikosongkan (pada formulir kertas)
          tidak ikut dihitung, baik nilainya maupun orangnya.
        </p>
      </section>

      <section aria-labelledby="ikm" className="space-y-3">
        <h2 id="ikm" className={H2}>
          Dari NRR ke IKM
        </h2>
        <p>IKM = 25 × (jumlah NRR kesembilan unsur) : 9.</p>
        <p>
          Jadi setiap unsur berbobot tepat 1/9. Peraturan menuliskan bobot itu sebagai 0,111 atau
          0,11, padahal angka itu hanya pembulatan dari 1/9. Dengan bobot 0,111, layanan yang diberi
          nilai terbaik oleh semua orang hanya mendapat IKM 99,90; dengan 0,11 hanya 99,00. Di dekat
          batas mutu, pembulatan seperti itu bisa memberi huruf mutu yang salah. Karena itu SIMASKOT
          memakai 1/9 persis dan menghitung dengan pecahan utuh, tanpa membulatkan di tengah jalan.
        </p>
      </section>

      <section aria-labelledby="mutu" className="space-y-3">
        <h2 id="mutu" className={H2}>
          Dibulatkan dulu, baru diberi mutu
        </h2>
        <p>
          IKM dibulatkan ke dua angka di belakang koma (angka 5 dibulatkan ke atas). Mutu dibaca
          dari angka yang sudah dibulatkan itu, sehingga angka dan huruf mutu yang Anda lihat selalu
          cocok dengan tabel. Contoh: IKM 88,3041 ditampilkan 88,30 dan bermutu B, bukan A.
        </p>
        <GradeTable />
        <p>
          Setiap unsur juga diberi nilai NRR × 25, dibulatkan dan diberi mutu dengan cara yang sama.
          Unsur dengan nilai terendah menjadi prioritas perbaikan unit.
        </p>
      </section>

      <section aria-labelledby="gabungan" className="space-y-3">
        <h2 id="gabungan" className={H2}>
          Angka perangkat daerah dan provinsi
        </h2>
        <p>
          IKM sebuah perangkat daerah, dan IKM provinsi, dihitung dari gabungan semua jawaban
          unit-unitnya dengan rumus yang sama. Angka itu bukan rata-rata IKM unit.
        </p>
        <PoolingExample />
      </section>

      <section aria-labelledby="sampel" className="space-y-3">
        <h2 id="sampel" className={H2}>
          Jumlah responden minimal
        </h2>
        <p>
          Setiap unit memperkirakan berapa orang yang dilayaninya dalam setahun. Untuk satu periode,
          perkiraan itu dibagi sesuai panjang periode (satu triwulan: 3 dari 12 bulan) dan
          dibulatkan ke atas, misalnya 9.119 orang setahun menjadi 2.280 orang dalam satu triwulan.
          Dari jumlah orang itu (N), jumlah responden minimal (S) dihitung dengan rumus Krejcie dan
          Morgan, dibulatkan ke bilangan bulat terdekat dan tidak lebih dari N:
        </p>
        <p className="rounded bg-brand-50 px-3 py-2 font-mono">
          S = 3,841 × N × 0,25 ÷ (0,0025 × (N − 1) + 3,841 × 0,25)
        </p>
        <SampleExamples />
        <p>
          Hasil yang respondennya masih di bawah jumlah minimal tetap ditampilkan, dengan tanda
          belum representatif. Jika unit belum mengisi perkiraan jumlah pengguna, jumlah minimalnya
          belum bisa dihitung.
        </p>
      </section>

      <section aria-labelledby="tanpa-nama" className="space-y-3">
        <h2 id="tanpa-nama" className={H2}>
          Tanpa nama
        </h2>
        <p>
          Survei tidak menanyakan nama, NIK, atau nomor telepon. Pertanyaan tentang jenis kelamin,
          umur, pendidikan, dan pekerjaan boleh tidak dijawab. Rincian menurut kelompok yang berisi
          kurang dari 5 orang tidak diterbitkan, agar tidak ada orang yang bisa dikenali.
        </p>
        <p>
          <Link href="/peringkat" className="tap-target">
            Lihat peringkat unit layanan
          </Link>
        </p>
      </section>
    </article>
  );
}
