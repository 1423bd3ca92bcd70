import Link from "next/link";
import type { ReactNode } from "react";

import type { Scope } from "@/lib/auth/scope";
import type { Dashboard } from "@/lib/dashboard/queries";
import { compareNames } from "@/lib/directory/collation";

import { CleanGetForm } from "./clean-get-form";

const FIELD = "min-h-11 w-full rounded border-2 border-ink bg-white px-3 py-2 text-base";
const DIRECTION_WORDS = { asc: "naik", desc: "turun" } as const;

function Field({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-petunjuk`} className="text-muted">
          {hint}
        </p>
      )}
      {children}
    </div>
  );
}

function UnitOptions({ units }: { units: Dashboard["options"]["units"] }) {
  const byAgency = new Map<string, typeof units>();
  for (const unit of units) {
    byAgency.set(unit.agencyShortName, [...(byAgency.get(unit.agencyShortName) ?? []), unit]);
  }
  const sortByName = (list: typeof units) => [...list].sort((a, b) => compareNames(a.name, b.name));
  if (byAgency.size <= 1) {
    return sortByName(units).map((unit) => (
      <option key={unit.slug} value={unit.slug} data-owner={unit.agencySlug}>
        {unit.name}
      </option>
    ));
  }
  return [...byAgency.entries()]
    .sort(([a], [b]) => compareNames(a, b))
    .map(([agency, list]) => (
      <optgroup key={agency} label={agency}>
        {sortByName(list).map((unit) => (
          <option key={unit.slug} value={unit.slug} data-owner={unit.agencySlug}>
            {unit.name}
          </option>
        ))}
      </optgroup>
    ));
}

/**
 * The dashboard's filters as a GET form sent to /dasbor, so that it works without JavaScript and
 * the address of the result can be shared, holding only what was chosen. It offers only what
 * the official may see.
 */
export function FilterForm({ dashboard, own }: { dashboard: Dashboard; own: Scope }) {
  const { options, scope, filters, period } = dashboard;
  const agencySlug = scope.level === "province" ? "" : scope.agency.slug;
  const unitSlug = scope.level === "unit" ? scope.unit.slug : "";
  const keepsSort = filters.sort !== "ikm" || filters.direction !== "desc";
  return (
    <CleanGetForm action="/dasbor" className="space-y-4 rounded border border-line p-4">
      <h2 className="text-xl font-bold">Pilih data</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field id="periode" label="Periode survei">
          <select
            id="periode"
            name="periode"
            defaultValue={period?.survey.slug ?? ""}
            className={FIELD}
          >
            {options.surveys.map((survey) => (
              <option key={survey.slug} value={survey.slug}>
                {survey.name}
              </option>
            ))}
          </select>
        </Field>
        {own.level === "province" && (
          <Field id="opd" label="Perangkat daerah">
            <select id="opd" name="opd" defaultValue={agencySlug} className={FIELD}>
              <option value="">Semua perangkat daerah</option>
              {[...options.agencies]
                .sort((a, b) => compareNames(a.shortName, b.shortName))
                .map((agency) => (
                  <option key={agency.slug} value={agency.slug}>
                    {agency.shortName}
                  </option>
                ))}
            </select>
          </Field>
        )}
        {own.level !== "unit" && (
          <Field id="unit" label="Unit layanan">
            <select
              id="unit"
              name="unit"
              defaultValue={unitSlug}
              data-depends-on="opd"
              data-all-when-empty
              className={FIELD}
            >
              <option value="">Semua unit</option>
              <UnitOptions units={options.units} />
            </select>
          </Field>
        )}
        {options.services.length > 0 && (
          <Field id="layanan" label="Jenis layanan">
            <select
              id="layanan"
              name="layanan"
              defaultValue={scope.level === "unit" ? (scope.service?.id ?? "") : ""}
              data-depends-on="unit"
              className={FIELD}
            >
              <option value="">Semua layanan</option>
              {options.services.map((service) => (
                <option key={service.id} value={service.id} data-owner={unitSlug}>
                  {service.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field id="dari" label="Dari tanggal" hint="Boleh dikosongkan. Hari dihitung menurut WITA.">
          <input
            id="dari"
            name="dari"
            type="date"
            defaultValue={filters.dari ?? ""}
            aria-describedby="dari-petunjuk"
            className={FIELD}
          />
        </Field>
        <Field
          id="sampai"
          label="Sampai tanggal"
          hint="Boleh dikosongkan. Tanggal ini ikut dihitung."
        >
          <input
            id="sampai"
            name="sampai"
            type="date"
            defaultValue={filters.sampai ?? ""}
            aria-describedby="sampai-petunjuk"
            className={FIELD}
          />
        </Field>
      </div>
      {keepsSort && (
        <>
          <input type="hidden" name="urut" value={filters.sort} />
          <input type="hidden" name="arah" value={DIRECTION_WORDS[filters.direction]} />
        </>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="min-h-11 w-full rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 sm:w-auto"
        >
          Tampilkan
        </button>
        <Link href="/dasbor">Kembali ke pilihan awal</Link>
      </div>
    </CleanGetForm>
  );
}
