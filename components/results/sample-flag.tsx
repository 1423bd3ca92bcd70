import { formatInteger } from "@/lib/format/number";
import type { SampleStatus } from "@/lib/results/queries";

/**
 * Why a ranked unit's figure may not yet stand for its users: short of its minimum sample, or
 * with no minimum known because the unit has not estimated how many people it serves.
 */
export function SampleFlag({ sample }: { sample: SampleStatus }) {
  if (sample.representative === false) {
    return (
      <span className="block text-danger">
        belum representatif
        <span className="block">minimal {formatInteger(sample.minimumSample!)}</span>
      </span>
    );
  }
  if (sample.representative === null) {
    return <span className="block text-[#8a5a00]">jumlah minimal belum diketahui</span>;
  }
  return null;
}

/** Said once under a ranking where some ranked unit has no minimum sample yet. */
export function MinimumUnknownNote({
  units,
}: {
  units: ReadonlyArray<SampleStatus & { ikm: number | null }>;
}) {
  if (!units.some((unit) => unit.ikm !== null && unit.minimumSample === null)) return null;
  return (
    <p>
      <strong>Jumlah minimal belum diketahui:</strong> unit itu belum mengisi perkiraan jumlah orang
      yang dilayaninya, sehingga belum bisa dihitung berapa responden yang dibutuhkan. Hasilnya bisa
      saja belum mewakili, jadi bandingkan dengan hati-hati.
    </p>
  );
}
