import { formatInteger } from "@/lib/format/number";
import type { SampleStatus } from "@/lib/results/queries";

/** Respondents against the minimum sample, in words. */
export function SampleNote({ respondents, sample }: { respondents: number; sample: SampleStatus }) {
  if (sample.minimumSample === null) {
    return (
      <p>
        Perkiraan jumlah pengguna layanan belum diisi oleh unit ini, jadi jumlah responden minimal
        belum bisa dihitung.
      </p>
    );
  }
  const minimum = formatInteger(sample.minimumSample);
  if (respondents === 0) {
    return (
      <p>Agar hasilnya mewakili, perlu paling sedikit {minimum} responden pada periode ini.</p>
    );
  }
  if (sample.representative) {
    return <p>Sudah mencapai jumlah responden minimal ({minimum} orang): hasilnya mewakili.</p>;
  }
  return (
    <p>
      <strong>Belum representatif:</strong> perlu paling sedikit {minimum} responden untuk periode
      ini, kurang {formatInteger(sample.minimumSample - respondents)} lagi.
    </p>
  );
}
