import { eq, type SQL } from "drizzle-orm";

import { getDb } from "@/db";
import { agencies, services, units } from "@/db/schema";
import { canViewAgency, canViewUnit, type Official } from "@/lib/auth/scope";
import { isSlug } from "@/lib/text";

import type { DashboardFilters } from "./filters";

/** What a dashboard address points at, before anyone has checked it may be seen. */
export type DashboardTarget =
  | { level: "own" }
  | { level: "province" }
  | { level: "agency"; slug: string }
  | { level: "unit"; slug: string };

export type ScopeAgency = { id: number; slug: string; name: string; shortName: string };
export type ScopeUnit = { id: number; slug: string; name: string; agency: ScopeAgency };
export type ScopeService = { id: number; name: string; unitId: number };

/** The part of the province a dashboard shows, narrowed by the filters. */
export type ViewScope =
  | { level: "province"; service: null }
  | { level: "agency"; agency: ScopeAgency; service: null }
  | { level: "unit"; agency: ScopeAgency; unit: ScopeUnit; service: ScopeService | null };

export type ResolvedScope = { scope: ViewScope; notes: string[] };

const agencyColumns = {
  id: agencies.id,
  slug: agencies.slug,
  name: agencies.name,
  shortName: agencies.shortName,
};

async function findAgency(where: SQL): Promise<ScopeAgency | null> {
  const db = await getDb();
  const [agency] = await db.select(agencyColumns).from(agencies).where(where).limit(1);
  return agency ?? null;
}

async function findUnit(where: SQL): Promise<ScopeUnit | null> {
  const db = await getDb();
  const [unit] = await db
    .select({ id: units.id, slug: units.slug, name: units.name, agency: agencyColumns })
    .from(units)
    .innerJoin(agencies, eq(agencies.id, units.agencyId))
    .where(where)
    .limit(1);
  return unit ?? null;
}

async function findService(id: number): Promise<(ScopeService & { unit: ScopeUnit }) | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      service: { id: services.id, name: services.name, unitId: services.unitId },
      unit: { id: units.id, slug: units.slug, name: units.name },
      agency: agencyColumns,
    })
    .from(services)
    .innerJoin(units, eq(units.id, services.unitId))
    .innerJoin(agencies, eq(agencies.id, units.agencyId))
    .where(eq(services.id, id))
    .limit(1);
  return row ? { ...row.service, unit: { ...row.unit, agency: row.agency } } : null;
}

function unitScope(unit: ScopeUnit, service: ScopeService | null = null): ViewScope {
  return { level: "unit", agency: unit.agency, unit, service };
}

async function resolveTarget(
  official: Official,
  target: DashboardTarget,
): Promise<ViewScope | null> {
  const own = official.scope;
  if (target.level === "own") {
    if (own.level === "province") return { level: "province", service: null };
    if (own.level === "agency") {
      const agency = await findAgency(eq(agencies.id, own.agencyId));
      return agency && { level: "agency", agency, service: null };
    }
    const unit = await findUnit(eq(units.id, own.unitId));
    return unit && unitScope(unit);
  }
  if (target.level === "province") {
    return own.level === "province" ? { level: "province", service: null } : null;
  }
  if (target.level === "agency") {
    const agency = await findAgency(eq(agencies.slug, target.slug));
    if (!agency || !canViewAgency(own, agency.id)) return null;
    return { level: "agency", agency, service: null };
  }
  const unit = await findUnit(eq(units.slug, target.slug));
  if (!unit || !canViewUnit(own, { id: unit.id, agencyId: unit.agency.id })) return null;
  return unitScope(unit);
}

function agencyOf(scope: ViewScope): ScopeAgency | null {
  return scope.level === "province" ? null : scope.agency;
}

async function narrowToAgency(
  official: Official,
  scope: ViewScope,
  slug: string,
  notes: string[],
): Promise<ViewScope | null> {
  const agency = await findAgency(eq(agencies.slug, slug));
  if (!agency || !canViewAgency(official.scope, agency.id)) return null;

  const current = agencyOf(scope);
  if (current === null) return { level: "agency", agency, service: null };
  if (current.id !== agency.id) {
    notes.push(
      `Pilihan perangkat daerah ${agency.shortName} diabaikan: dasbor ini untuk ${current.shortName}.`,
    );
  }
  return scope;
}

async function narrowToUnit(
  official: Official,
  scope: ViewScope,
  slug: string,
  notes: string[],
): Promise<ViewScope | null> {
  const unit = await findUnit(eq(units.slug, slug));
  if (!unit || !canViewUnit(official.scope, { id: unit.id, agencyId: unit.agency.id })) {
    return null;
  }
  if (scope.level === "unit") {
    if (scope.unit.id !== unit.id) {
      notes.push(`Pilihan unit ${unit.name} diabaikan: dasbor ini untuk ${scope.unit.name}.`);
    }
    return scope;
  }
  if (scope.level === "agency" && scope.agency.id !== unit.agency.id) {
    notes.push(`${unit.name} bukan unit ${scope.agency.shortName}, jadi pilihan unit diabaikan.`);
    return scope;
  }
  return unitScope(unit);
}

async function narrowToService(
  official: Official,
  scope: ViewScope,
  id: number,
  notes: string[],
): Promise<ViewScope | null> {
  const service = await findService(id);
  if (!service) return null;
  const { unit, ...rest } = service;
  if (!canViewUnit(official.scope, { id: unit.id, agencyId: unit.agency.id })) return null;

  const outside =
    (scope.level === "unit" && scope.unit.id !== unit.id) ||
    (scope.level === "agency" && scope.agency.id !== unit.agency.id);
  if (outside) {
    notes.push(
      `Layanan “${rest.name}” dari ${unit.name} tidak termasuk dasbor ini, jadi diabaikan.`,
    );
    return scope;
  }
  return unitScope(scope.level === "unit" ? scope.unit : unit, rest);
}

/**
 * The part of the province a dashboard shows: the address's target narrowed by the `opd`,
 * `unit` and `layanan` filters. Null when the target or any filter lies outside the official's
 * scope or names nothing, so that the page answers 404 without saying whether it exists. A
 * filter the official may see but that does not fit the target is ignored, with a note.
 */
export async function resolveDashboardScope({
  official,
  target,
  filters,
}: {
  official: Official;
  target: DashboardTarget;
  filters: Pick<DashboardFilters, "opd" | "unit" | "layanan">;
}): Promise<ResolvedScope | null> {
  const notes: string[] = [];
  const slugs = ["slug" in target ? target.slug : undefined, filters.opd, filters.unit];
  if (slugs.some((slug) => slug !== undefined && !isSlug(slug))) return null;
  let scope = await resolveTarget(official, target);
  if (scope && filters.opd !== undefined) {
    scope = await narrowToAgency(official, scope, filters.opd, notes);
  }
  if (scope && filters.unit !== undefined) {
    scope = await narrowToUnit(official, scope, filters.unit, notes);
  }
  if (scope && filters.layanan !== undefined) {
    scope = await narrowToService(official, scope, filters.layanan, notes);
  }
  return scope && { scope, notes };
}

/** The scope as SQL bounds: nothing, one agency's units, or one unit (and perhaps one service). */
export function boundsOf(scope: ViewScope): {
  agencyId?: number;
  unitId?: number;
  serviceId?: number;
} {
  if (scope.level === "province") return {};
  if (scope.level === "agency") return { agencyId: scope.agency.id };
  return { unitId: scope.unit.id, serviceId: scope.service?.id };
}

/**
 * The name of the scope in running text: "Provinsi NTB", "Bapenda NTB", "Samsat Mataram", or
 * "layanan Perpanjangan STNK di Samsat Mataram".
 */
export function scopeName(scope: ViewScope): string {
  if (scope.level === "province") return "Provinsi NTB";
  if (scope.level === "agency") return scope.agency.shortName;
  // With a service chosen, every figure is the service's: the name must say so.
  return scope.service ? `layanan ${scope.service.name} di ${scope.unit.name}` : scope.unit.name;
}
