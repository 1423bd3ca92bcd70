import { formatInteger } from "@/lib/format/number";
import { annualUsersOfUnit } from "@/lib/results/population";

// Which yearly estimate a unit's minimum sample uses, and how to say so. The rule itself is
// annualUsersOfUnit's (docs/design-notes.md): the services' sum once every service has an
// estimate, the unit's own figure until then.

export type EstimateBasis =
  | { source: "services"; annualUsers: number; filled: number; services: number }
  | { source: "unit"; annualUsers: number; filled: number; services: number }
  | { source: "none"; annualUsers: null; filled: number; services: number };

export function estimateBasis({
  unitEstimate,
  serviceEstimates,
}: {
  unitEstimate: number | null;
  serviceEstimates: ReadonlyArray<number | null>;
}): EstimateBasis {
  const given = serviceEstimates.filter((value): value is number => value !== null);
  const filled = given.length;
  const services = serviceEstimates.length;
  const servicesTotal =
    services > 0 && filled === services ? given.reduce((sum, value) => sum + value, 0) : null;
  const annualUsers = annualUsersOfUnit({ unitEstimate, servicesTotal });

  if (annualUsers === null) return { source: "none", annualUsers, filled, services };
  if (servicesTotal !== null) return { source: "services", annualUsers, filled, services };
  return { source: "unit", annualUsers, filled, services };
}

function people(annualUsers: number): string {
  return `${formatInteger(annualUsers)} orang per tahun`;
}

function allServices(services: number): string {
  return services === 1 ? "layanannya" : `semua ${formatInteger(services)} layanan`;
}

function progress({ filled, services }: EstimateBasis): string {
  return `${formatInteger(filled)} dari ${formatInteger(services)} sudah diisi`;
}

/** What the minimum sample uses now, for the form's introduction. */
export function describeBasis(basis: EstimateBasis): string {
  if (basis.source === "services") {
    return (
      `Sampel minimum sekarang dihitung dari jumlah perkiraan ${allServices(basis.services)}: ` +
      `${people(basis.annualUsers)}.`
    );
  }
  if (basis.source === "unit") {
    return (
      `Sampel minimum sekarang memakai perkiraan unit, ${people(basis.annualUsers)}. Perkiraan ` +
      `layanan baru dipakai setelah ${allServices(basis.services)} diisi; ${progress(basis)}.`
    );
  }
  return (
    "Belum ada perkiraan yang bisa dipakai, jadi sampel minimum belum bisa dihitung. Isi " +
    `perkiraan ${allServices(basis.services)}; ${progress(basis)}.`
  );
}

function sameBasis(a: EstimateBasis, b: EstimateBasis): boolean {
  return a.source === b.source && a.annualUsers === b.annualUsers;
}

function previously(before: EstimateBasis): string {
  if (before.source === "services") return ` (sebelumnya ${people(before.annualUsers)})`;
  if (before.source === "unit")
    return ` (sebelumnya perkiraan unit, ${people(before.annualUsers)})`;
  return "";
}

/** What saving changed, truthfully: whether the minimum sample now uses the new figures. */
export function describeSaved({
  before,
  after,
  changed,
}: {
  before: EstimateBasis;
  after: EstimateBasis;
  /** How many services' estimates the save changed. */
  changed: number;
}): string {
  if (changed === 0) return `Tidak ada angka yang berubah. ${describeBasis(after)}`;

  const saved = `Tersimpan: perkiraan ${formatInteger(changed)} layanan diubah.`;
  if (after.source === "services") {
    const now = sameBasis(before, after) ? "tetap" : "kini";
    return (
      `${saved} Sampel minimum ${now} dihitung dari jumlah perkiraan ` +
      `${allServices(after.services)}: ${people(after.annualUsers)}` +
      `${sameBasis(before, after) ? "" : previously(before)}.`
    );
  }
  if (after.source === "unit") {
    const still = before.source === "unit" ? "masih" : "kembali";
    return (
      `${saved} Sampel minimum ${still} memakai perkiraan unit, ${people(after.annualUsers)}, ` +
      `sampai ${allServices(after.services)} diisi; ${progress(after)}.`
    );
  }
  return (
    `${saved} Sampel minimum belum bisa dihitung sampai ${allServices(after.services)} diisi; ` +
    `${progress(after)}.`
  );
}
