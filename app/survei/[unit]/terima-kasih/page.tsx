import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ActionLink } from "@/components/action-link";
import { formatDay } from "@/lib/format/date";
import { formatInteger } from "@/lib/format/number";
import { pageTitle } from "@/lib/page-title";
import { findOpenSurvey } from "@/lib/periods/queries";
import { SENT_COOKIE } from "@/lib/survey/cookies";
import { countUnitRespondents } from "@/lib/survey/counts";
import { readReceipt, RECEIPT_PARAM } from "@/lib/survey/receipt";
import { findSurveyUnit, type SurveyUnit } from "@/lib/survey/queries";
import { firstValue } from "@/lib/text";

export default async function ThankYouPage({
  params,
  searchParams,
}: {
  params: Promise<{ unit: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { unit: slug } = await params;
  const unit = await findSurveyUnit({ unitSlug: slug });
  if (!unit) notFound();

  // Only a form that was stored is thanked: the receipt in the address says so (also with
  // cookies blocked, or on a reload the next day), else the sent cookie of the device that has
  // just sent one. An address opened directly says nothing of it.
  const receipt = firstValue((await searchParams)[RECEIPT_PARAM]);
  const fromReceipt = readReceipt({ receipt, unitSlug: unit.slug });
  const sentSurveyId = fromReceipt
    ? String(fromReceipt)
    : (await cookies()).get(SENT_COOKIE)?.value;
  if (!sentSurveyId) return <NothingSent unit={unit} />;

  const survey = await findOpenSurvey();
  const respondents =
    survey && String(survey.id) === sentSurveyId
      ? await countUnitRespondents({ surveyId: survey.id, unitId: unit.id })
      : null;

  return (
    <>
      <title>{pageTitle("Penilaian terkirim")}</title>
      <div className="rounded bg-ok p-6 text-center text-white">
        <h1 className="text-2xl font-bold">Penilaian Anda sudah terkirim</h1>
        <p className="mt-2 text-lg">Terima kasih telah menilai {unit.name}.</p>
        {respondents !== null && (
          <p className="mt-2 text-lg">
            <span data-testid="jumlah-responden" className="font-bold">
              {formatInteger(respondents)}
            </span>{" "}
            orang sudah menilai unit ini pada {survey!.name}.
          </p>
        )}
      </div>

      <h2 className="mt-8 text-xl font-bold">Apa selanjutnya</h2>
      <p className="mt-2">
        Penilaian dihitung menjadi Indeks Kepuasan Masyarakat (IKM) unit ini.
        {survey && (
          <>
            {" "}
            Hasil resmi {survey.name} diterbitkan setelah periode berakhir pada{" "}
            {formatDay(survey.endDate)}.{" "}
          </>
        )}
        Hasil sementara bisa dilihat kapan saja di{" "}
        <Link href={`/unit/${unit.slug}`}>halaman hasil {unit.name}</Link>.
      </p>
      <Complaints />
      <p className="mt-4">
        <Link href="/" className="tap-target">
          Kembali ke beranda
        </Link>
      </p>
    </>
  );
}

function NothingSent({ unit }: { unit: SurveyUnit }) {
  return (
    <>
      <title>{pageTitle(`Survei ${unit.name}`)}</title>
      <p className="text-muted">{unit.agencyName}</p>
      <h1 className="text-2xl font-bold">Survei {unit.name}</h1>
      <p className="mt-4">
        Halaman ini muncul setelah penilaian dikirim dari perangkat ini. Belum ada penilaian yang
        dikirim dari sini dalam beberapa menit terakhir.
      </p>
      <p className="mt-4">
        <ActionLink href={`/survei/${unit.slug}`}>Isi survei {unit.name}</ActionLink>
      </p>
      <p className="mt-4">
        <Link href={`/unit/${unit.slug}`} className="tap-target">
          Lihat hasil survei unit ini
        </Link>
      </p>
      <Complaints />
    </>
  );
}

function Complaints() {
  return (
    <p className="mt-4">
      Punya pengaduan yang perlu dijawab? Sampaikan lewat{" "}
      <a href="https://www.lapor.go.id">SP4N-LAPOR!</a> atau{" "}
      <a href="https://ntbcare.ntbprov.go.id">NTB Care</a>.
    </p>
  );
}
