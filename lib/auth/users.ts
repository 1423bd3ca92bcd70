import { count, eq } from "drizzle-orm";
import { z } from "zod";

import type { Executor } from "@/db";
import { agencies, roles, units, users, type Role } from "@/db/schema";

import { hashPassword, MIN_PASSWORD_LENGTH } from "./password";
import { normaliseEmail } from "./sign-in";

const accountFields = {
  email: z
    .string({ error: "Tulis alamat e-mail (--email)" })
    .trim()
    .pipe(z.email("Tulis alamat e-mail yang benar, misalnya nama@ntbprov.go.id"))
    .transform(normaliseEmail),
  name: z.string({ error: "Tulis nama petugas (--name)" }).trim().min(1, "Tulis nama petugas"),
  role: z.enum(roles, { error: `Peran harus salah satu dari: ${roles.join(", ")}` }),
  agencySlug: z.string().trim().min(1, "Tulis slug perangkat daerah setelah --agency").optional(),
  unitSlug: z.string().trim().min(1, "Tulis slug unit setelah --unit").optional(),
};

export const passwordSchema = z
  .string({ error: "Tulis kata sandi" })
  .min(MIN_PASSWORD_LENGTH, `Kata sandi paling sedikit ${MIN_PASSWORD_LENGTH} karakter`)
  .refine((password) => password.trim() !== "", "Kata sandi tidak boleh hanya berisi spasi");

function checkScopeFlags(
  user: { role: Role; agencySlug?: string; unitSlug?: string },
  context: z.RefinementCtx,
): void {
  const problem = scopeProblem(user);
  if (problem) context.addIssue({ code: "custom", message: problem, path: ["role"] });
}

/** An account without its password: what a command can check before asking for one. */
export const accountSchema = z.object(accountFields).superRefine(checkScopeFlags);

export const newUserSchema = z
  .object({ ...accountFields, password: passwordSchema })
  .superRefine(checkScopeFlags);

// Each role takes exactly the scope flag it needs; a flag it would ignore is refused rather
// than silently dropped, so that nobody believes an account is narrower than it is.
const SCOPE_FLAGS: Record<Role, { needs?: "agency" | "unit"; why: string }> = {
  admin_provinsi: { why: "mencakup seluruh provinsi" },
  pimpinan: { why: "mencakup seluruh provinsi" },
  admin_opd: { needs: "agency", why: "mencakup semua unit perangkat daerahnya" },
  operator_unit: { needs: "unit", why: "perangkat daerahnya mengikuti unitnya" },
};

function scopeProblem(user: { role: Role; agencySlug?: string; unitSlug?: string }) {
  const { needs, why } = SCOPE_FLAGS[user.role];
  const given = { agency: user.agencySlug, unit: user.unitSlug };
  for (const flag of ["agency", "unit"] as const) {
    if (flag !== needs && given[flag]) {
      const only = needs ? `; isi --${needs} saja` : "";
      return `Peran ${user.role} tidak memakai --${flag}, karena ${why}${only}`;
    }
  }
  if (needs === "agency" && !given.agency) {
    return "Peran admin_opd perlu --agency <slug perangkat daerah>";
  }
  if (needs === "unit" && !given.unit) return "Peran operator_unit perlu --unit <slug unit>";
  return null;
}

/** The messages of a failed check, one per line, in the order the fields were given. */
export function describeUserProblems(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join("\n");
}

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
