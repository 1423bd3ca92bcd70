import type { Role } from "@/db/schema";

// Who may see what. Every page, query, action, route handler and export takes the signed-in
// official's scope from here; a target outside it is answered as if it did not exist.

export type Scope =
  | { level: "province" }
  | { level: "agency"; agencyId: number }
  | { level: "unit"; agencyId: number; unitId: number };

export type Official = {
  id: number;
  email: string;
  name: string;
  role: Role;
  scope: Scope;
};

export type UnitRef = { id: number; agencyId: number };

export function scopeOf(user: {
  role: Role;
  agencyId: number | null;
  unitId: number | null;
  unitAgencyId: number | null;
}): Scope {
  switch (user.role) {
    case "admin_provinsi":
    case "pimpinan":
      return { level: "province" };
    case "admin_opd":
      if (user.agencyId === null) throw new Error("admin_opd without an agency");
      return { level: "agency", agencyId: user.agencyId };
    case "operator_unit":
      if (user.unitId === null || user.unitAgencyId === null) {
        throw new Error("operator_unit without a unit");
      }
      return { level: "unit", agencyId: user.unitAgencyId, unitId: user.unitId };
  }
}

export function canViewAgency(scope: Scope, agencyId: number): boolean {
  return scope.level === "province" || (scope.level === "agency" && scope.agencyId === agencyId);
}

export function canViewUnit(scope: Scope, unit: UnitRef): boolean {
  if (scope.level === "province") return true;
  if (scope.level === "agency") return scope.agencyId === unit.agencyId;
  return scope.unitId === unit.id;
}

/** May change a unit's own data (its services and their estimates): never pimpinan. */
export function canManageUnit(official: Official, unit: UnitRef): boolean {
  if (official.role === "admin_provinsi") return true;
  if (official.role === "admin_opd") return canViewUnit(official.scope, unit);
  return false;
}
