import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { units, users } from "@/db/schema";
import { createUser, describeUserProblems, type NewUserInput } from "@/lib/auth/users";

import { useTestDatabase } from "./test-database";

const { db } = useTestDatabase();
const PASSWORD = "kata-sandi-yang-panjang";

async function problemsOf(input: Partial<NewUserInput>): Promise<string> {
  const base = { email: "baru@ntbprov.go.id", name: "Petugas Baru", password: PASSWORD };
  const error = await createUser(db(), { ...base, ...input } as NewUserInput).catch((e) => e);
  expect(error).toBeInstanceOf(z.ZodError);
  return describeUserProblems(error);
}

async function userCount(): Promise<number> {
  const [row] = await db().select({ n: count() }).from(users);
  return row!.n;
}

describe("a new official's account", () => {
  it.each([
    [
      { role: "admin_opd", agencySlug: "bapenda", unitSlug: "samsat-mataram" },
      /tidak memakai --unit/,
    ],
    [
      { role: "operator_unit", unitSlug: "samsat-mataram", agencySlug: "bapenda" },
      /tidak memakai --agency/,
    ],
    [
      { role: "pimpinan", unitSlug: "samsat-mataram" },
      /tidak memakai --unit, karena mencakup seluruh provinsi/,
    ],
    [{ role: "admin_provinsi", agencySlug: "bapenda" }, /tidak memakai --agency/],
    [{ role: "admin_opd" }, /perlu --agency/],
    [{ role: "operator_unit" }, /perlu --unit/],
  ] as const)("is refused when the scope flags do not fit the role: %o", async (input, message) => {
    const before = await userCount();
    expect(await problemsOf(input)).toMatch(message);
    expect(await userCount()).toBe(before);
  });

  it("says in Indonesian what is wrong with the e-mail, name, role and password", async () => {
    const problems = await problemsOf({
      email: "bukan-email",
      name: " ",
      role: "raja" as NewUserInput["role"],
      password: "pendek",
    });
    expect(problems.split("\n")).toEqual([
      "Tulis alamat e-mail yang benar, misalnya nama@ntbprov.go.id",
      "Tulis nama petugas",
      "Peran harus salah satu dari: admin_provinsi, pimpinan, admin_opd, operator_unit",
      "Kata sandi paling sedikit 12 karakter",
    ]);
  });

  it("refuses a password of spaces alone, however long", async () => {
    const before = await userCount();
    expect(
      await problemsOf({
        email: "spasi@ntbprov.go.id",
        name: "Petugas",
        role: "pimpinan",
        password: " ".repeat(16),
      }),
    ).toBe("Kata sandi tidak boleh hanya berisi spasi");
    expect(await userCount()).toBe(before);
  });

  it("takes the scope its role needs", async () => {
    const { id } = await createUser(db(), {
      email: "operator@ntbprov.go.id",
      name: "Operator",
      password: PASSWORD,
      role: "operator_unit",
      unitSlug: "samsat-mataram",
    });
    const [samsat] = await db().select().from(units).where(eq(units.slug, "samsat-mataram"));
    const [user] = await db().select().from(users).where(eq(users.id, id));
    expect(user).toMatchObject({ role: "operator_unit", unitId: samsat!.id, agencyId: null });
  });
});
