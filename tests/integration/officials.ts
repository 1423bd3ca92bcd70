import { eq } from "drizzle-orm";

import type { Db } from "@/db";
import { agencies, units } from "@/db/schema";
import type { Official } from "@/lib/auth/scope";

/** One official per role, scoped like the demo accounts: Bapenda and Samsat Mataram. */
export async function demoOfficials(db: Db): Promise<Record<string, Official>> {
  const [bapenda] = await db.select().from(agencies).where(eq(agencies.slug, "bapenda"));
  const [samsat] = await db.select().from(units).where(eq(units.slug, "samsat-mataram"));
  const base = (id: number, role: Official["role"]) => ({
    id,
    role,
    email: `${role}@simaskot.test`,
    name: role,
  });
  return {
    admin_provinsi: { ...base(1, "admin_provinsi"), scope: { level: "province" } },
    pimpinan: { ...base(2, "pimpinan"), scope: { level: "province" } },
    admin_opd: { ...base(3, "admin_opd"), scope: { level: "agency", agencyId: bapenda!.id } },
    operator_unit: {
      ...base(4, "operator_unit"),
      scope: { level: "unit", agencyId: samsat!.agencyId, unitId: samsat!.id },
    },
  };
}
