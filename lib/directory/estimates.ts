import { and, eq } from "drizzle-orm";

import { getDb } from "@/db";
import { services } from "@/db/schema";
import { canManageUnit, type Official } from "@/lib/auth/scope";
import type { FieldErrors } from "@/lib/form-state";
import { formatInteger } from "@/lib/format/number";
import { logger } from "@/lib/logger";

import { type EstimateBasis, estimateBasis } from "./estimate-basis";
import { estimateField } from "./estimate-fields";
import { findUnitBySlug } from "./queries";

export { estimateField };

export const MAX_ANNUAL_USERS = 10_000_000;

type ReadEstimate =
  { value: number | null; problem?: undefined } | { value: null; problem: string };

/**
 * One service's estimate as typed: thousands may be grouped with dots or spaces ("12.000"),
 * empty means unknown. A problem says what is wrong with it: not a whole number, or out of range.
 */
export function readEstimate(typed: string, serviceName: string): ReadEstimate {
  const raw = typed.replace(/[.\s]/g, "");
  if (raw === "") return { value: null };

  const what = `perkiraan jumlah orang per tahun untuk ${serviceName}`;
  if (!/^-?\d+$/.test(raw)) {
    return {
      value: null,
      problem: `Tulis ${what} dengan angka bulat, misalnya 12000, atau kosongkan jika belum tahu`,
    };
  }
  const value = Number(raw);
  if (value < 1) {
    return { value: null, problem: `Tulis ${what} sedikitnya 1, atau kosongkan jika belum tahu` };
  }
  if (value > MAX_ANNUAL_USERS) {
    return {
      value: null,
      problem:
        `Tulis ${what} paling banyak ${formatInteger(MAX_ANNUAL_USERS)}, atau kosongkan jika ` +
        "belum tahu",
    };
  }
  return { value };
}

export type EstimatesResult =
  | {
      kind: "saved";
      /** How many services' estimates changed. */
      changed: number;
      /** Which estimate the minimum sample used before saving, and uses now. */
      before: EstimateBasis;
      after: EstimateBasis;
    }
  | { kind: "invalid"; fieldErrors: FieldErrors }
  | { kind: "not-found" };

/**
 * Saves the yearly number of people each service of a unit serves, which sets the unit's
 * minimum sample. Only the province's admins and the unit's own agency admin may; to anyone
 * else the unit does not exist. A service whose field was not sent keeps its estimate (only a
 * field sent empty clears one), and a field sent twice is refused rather than guessed at.
 */
export async function saveServiceEstimates({
  official,
  unitSlug,
  fields,
  repeated = [],
}: {
  official: Official | null;
  unitSlug: string;
  fields: Record<string, string>;
  /** Field names the form sent more than once. */
  repeated?: ReadonlyArray<string>;
}): Promise<EstimatesResult> {
  const unit = await findUnitBySlug({ slug: unitSlug });
  if (!official || !unit || !canManageUnit(official, { id: unit.id, agencyId: unit.agency.id })) {
    return { kind: "not-found" };
  }

  const fieldErrors: FieldErrors = {};
  const estimates = unit.services.map((service) => {
    const field = estimateField(service.id);
    const typed = fields[field];
    if (typed === undefined) return { id: service.id, annualUsers: service.annualUsers };
    if (repeated.includes(field)) {
      fieldErrors[field] =
        `Tulis satu perkiraan saja untuk ${service.name}: formulir mengirim lebih dari satu`;
      return { id: service.id, annualUsers: service.annualUsers };
    }
    const read = readEstimate(typed, service.name);
    if (read.problem) fieldErrors[field] = read.problem;
    return { id: service.id, annualUsers: read.value };
  });
  if (Object.keys(fieldErrors).length > 0) return { kind: "invalid", fieldErrors };

  const previous = new Map(unit.services.map((service) => [service.id, service.annualUsers]));
  const changes = estimates.filter(
    (estimate) => previous.get(estimate.id) !== estimate.annualUsers,
  );
  const db = await getDb();
  await db.transaction(async (tx) => {
    for (const estimate of changes) {
      await tx
        .update(services)
        .set({ annualUsers: estimate.annualUsers })
        .where(and(eq(services.id, estimate.id), eq(services.unitId, unit.id)));
    }
  });
  logger.info(
    {
      event: "directory.estimates-saved",
      unit: unit.slug,
      userId: official.id,
      changed: changes.length,
    },
    "service estimates saved",
  );
  return {
    kind: "saved",
    changed: changes.length,
    before: estimateBasis({
      unitEstimate: unit.annualUsers,
      serviceEstimates: unit.services.map((service) => service.annualUsers),
    }),
    after: estimateBasis({
      unitEstimate: unit.annualUsers,
      serviceEstimates: estimates.map((estimate) => estimate.annualUsers),
    }),
  };
}
