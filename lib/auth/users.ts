import { count, eq } from "drizzle-orm";
import { z } from "zod";

import type { Executor } from "@/db";
import { agencies, roles, units, users, type Role } from "@/db/schema";

import { hashPassword, MIN_PASSWORD_LENGTH } from "./password";
import { normaliseEmail } from "./sign-in";

export const newUserSchema = z
  .object({
    email: z.email().transform(normaliseEmail),
    name: z.string().trim().min(1),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Kata sandi paling sedikit ${MIN_PASSWORD_LENGTH} karakter`),
    role: z.enum(roles),
    agencySlug: z.string().optional(),
    unitSlug: z.string().optional(),
  })
  .refine((user) => user.role !== "admin_opd" || user.agencySlug, {
    message: "Peran admin_opd perlu --agency <slug perangkat daerah>",
  })
  .refine((user) => user.role !== "operator_unit" || user.unitSlug, {
    message: "Peran operator_unit perlu --unit <slug unit>",
  });

export type NewUserInput = z.input<typeof newUserSchema>;

/** Creates an official with a hashed password; the scope columns follow the role. */
export async function createUser(db: Executor, input: NewUserInput): Promise<{ id: number }> {
  const user = newUserSchema.parse(input);
  const scope = await resolveScope(db, user.role, user.agencySlug, user.unitSlug);
  const [created] = await db
    .insert(users)
    .values({
      email: user.email,
      name: user.name,
      role: user.role,
      passwordHash: await hashPassword(user.password),
      ...scope,
    })
    .returning({ id: users.id });
  return created!;
}

async function resolveScope(
  db: Executor,
  role: Role,
  agencySlug: string | undefined,
  unitSlug: string | undefined,
): Promise<{ agencyId: number | null; unitId: number | null }> {
  if (role === "admin_opd") {
    const [agency] = await db.select().from(agencies).where(eq(agencies.slug, agencySlug!));
    if (!agency) throw new Error(`Perangkat daerah tidak ditemukan: ${agencySlug}`);
    return { agencyId: agency.id, unitId: null };
  }
  if (role === "operator_unit") {
    const [unit] = await db.select().from(units).where(eq(units.slug, unitSlug!));
    if (!unit) throw new Error(`Unit tidak ditemukan: ${unitSlug}`);
    return { agencyId: null, unitId: unit.id };
  }
  return { agencyId: null, unitId: null };
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}
