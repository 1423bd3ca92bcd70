import { FIELD } from "@/lib/survey/fields";
import {
  DECLINED,
  EDUCATION_OPTIONS,
  MAX_AGE,
  MIN_AGE,
  OCCUPATION_OPTIONS,
  SEX_OPTIONS,
} from "@/lib/survey/profile";

import { ChoiceList, type Choice } from "./choice-list";

const withDecline = (options: ReadonlyArray<Choice>): Choice[] => [
  ...options,
  { value: DECLINED, label: "Tidak ingin menjawab" },
];

export function ProfileSection({
  values,
  errors,
}: {
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const ageError = errors[FIELD.age];
  return (
    <section aria-labelledby="judul-profil" className="space-y-6">
      <div>
        <h2 id="judul-profil" className="text-xl font-bold">
          Tentang Anda (opsional)
        </h2>
        <p className="mt-1 text-muted">
          Pertanyaan ini membantu melihat apakah layanan sama baiknya bagi semua orang. Hasilnya
          hanya diterbitkan sebagai jumlah, tidak pernah per orang.
        </p>
      </div>
      <ChoiceList
        name={FIELD.sex}
        legend="Jenis kelamin (opsional)"
        choices={withDecline(SEX_OPTIONS)}
        checked={values[FIELD.sex]}
        error={errors[FIELD.sex]}
      />
      <div id={FIELD.age} className={ageError ? "border-l-4 border-danger pl-3" : undefined}>
        <label htmlFor={`${FIELD.age}-isian`} className="mb-1 block font-semibold">
          Usia (opsional)
        </label>
        <p id={`${FIELD.age}-petunjuk`} className="mb-2 text-muted">
          Dalam tahun, {MIN_AGE} sampai {MAX_AGE}. Kosongkan jika tidak ingin menjawab.
        </p>
        {ageError && (
          <p id={`${FIELD.age}-kesalahan`} className="mb-2 font-semibold text-danger">
            <span className="sr-only">Kesalahan: </span>
            {ageError}
          </p>
        )}
        <input
          id={`${FIELD.age}-isian`}
          name={FIELD.age}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={values[FIELD.age]}
          aria-describedby={
            ageError ? `${FIELD.age}-petunjuk ${FIELD.age}-kesalahan` : `${FIELD.age}-petunjuk`
          }
          className="block min-h-11 w-24 rounded border-2 border-line px-2 text-base"
        />
      </div>
      <ChoiceList
        name={FIELD.education}
        legend="Pendidikan terakhir (opsional)"
        choices={withDecline(EDUCATION_OPTIONS)}
        checked={values[FIELD.education]}
        error={errors[FIELD.education]}
      />
      <ChoiceList
        name={FIELD.occupation}
        legend="Pekerjaan (opsional)"
        choices={withDecline(OCCUPATION_OPTIONS)}
        checked={values[FIELD.occupation]}
        error={errors[FIELD.occupation]}
      />
    </section>
  );
}
