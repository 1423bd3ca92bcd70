import { redirect } from "next/navigation";

import { SignInForm } from "@/components/auth/sign-in-form";
import { getOfficial } from "@/lib/auth/session";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { pageTitle } from "@/lib/page-title";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ kembali?: string; keluar?: string; error?: string | string[] }>;
}) {
  const { kembali, keluar, error } = await searchParams;
  if (await getOfficial()) redirect("/dasbor");
  const problem = signInErrorMessage(error);

  return (
    <div className="max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Masuk untuk petugas</h1>
      <p className="mb-6 text-muted">
        Halaman ini untuk pejabat dan petugas unit layanan. Masyarakat tidak perlu masuk untuk
        mengisi survei atau melihat hasilnya.
      </p>
      {keluar === "1" && (
        <p role="status" className="mb-6 rounded border-2 border-ok p-3">
          Anda sudah keluar.
        </p>
      )}
      {problem && (
        <p role="alert" className="mb-6 rounded border-2 border-danger p-3">
          {problem}
        </p>
      )}
      <SignInForm returnTo={kembali} title={pageTitle("Masuk")} />
      <p className="mt-8 text-muted">
        Lupa kata sandi atau belum punya akun? Hubungi admin SIMASKOT di perangkat daerah Anda atau
        Biro Organisasi Setda NTB.
      </p>
    </div>
  );
}
