import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { respondents, surveys, units, users } from "@/db/schema";
import { DEMO_ACCOUNTS } from "@/db/seed/accounts";
import { DemoSeedRefusedError, seedDemo } from "@/db/seed/demo";
import { createUser } from "@/lib/auth/users";

import { insertRespondent, scoresOf } from "./fixtures/respondents";
import { useTestDatabase } from "./test-database";

// The demo seed adds four accounts whose password is published: it must never reach a database
// that is already in use, whether by real answers or by a real administrator.

const { db } = useTestDatabase();
const PASSWORD = "kata-sandi-yang-panjang";

async function userCount(): Promise<number> {
  const [row] = await db().select({ n: count() }).from(users);
  return row!.n;
}

describe("npm run seed:demo", () => {
  it("refuses a database that already has an official's account, and adds nothing", async () => {
    const { id } = await createUser(db(), {
      email: "admin@ntbprov.go.id",
      name: "Admin Biro Organisasi",
      password: PASSWORD,
      role: "admin_provinsi",
    });

    const refusal = await seedDemo(db()).catch((error) => error);
    expect(refusal).toBeInstanceOf(DemoSeedRefusedError);
    expect(refusal.message).toBe(
      "Basis data ini sudah punya 1 akun petugas. seed:demo hanya mengisi basis data kosong, agar " +
        "akun demo yang kata sandinya diketahui umum tidak pernah masuk ke instalasi sungguhan.",
    );

    const emails = (await db().select({ email: users.email }).from(users)).map((u) => u.email);
    expect(emails).toEqual(["admin@ntbprov.go.id"]);
    expect(emails).not.toContain(DEMO_ACCOUNTS[0]!.email);
    const [answered] = await db().select({ n: count() }).from(respondents);
    expect(answered!.n).toBe(0);
    await db().delete(users).where(eq(users.id, id));
  });

  it("refuses a database that already holds answers, even without accounts", async () => {
    const [survey] = await db().select().from(surveys).where(eq(surveys.status, "open"));
    const [unit] = await db().select().from(units).where(eq(units.slug, "samsat-mataram"));
    await insertRespondent({
      db: db(),
      surveyId: survey!.id,
      unitId: unit!.id,
      scores: scoresOf(4),
    });

    const refusal = await seedDemo(db()).catch((error) => error);
    expect(refusal).toBeInstanceOf(DemoSeedRefusedError);
    expect(refusal.message).toMatch(/^Basis data ini sudah berisi 1 responden\./);
    expect(await userCount()).toBe(0);
  });
});
