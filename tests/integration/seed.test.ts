import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { agencies, elements, regencies, services, surveys, units } from "@/db/schema";
import { loadDirectory } from "@/db/seed/directory";
import { quarterPeriod } from "@/lib/periods/quarter";

import { useTestDatabase } from "./test-database";

const { db } = useTestDatabase();

describe("the seed of an empty database", () => {
  it("holds the province's ten regencies and every agency, unit and service of the directory", async () => {
    const directory = loadDirectory();
    const [r] = await db().select({ n: count() }).from(regencies);
    const [a] = await db().select({ n: count() }).from(agencies);
    const [u] = await db().select({ n: count() }).from(units);
    const [s] = await db().select({ n: count() }).from(services);

    expect(r!.n).toBe(10);
    expect(a!.n).toBe(directory.agencies.length);
    expect(u!.n).toBe(directory.units.length);
    expect(s!.n).toBe(directory.units.reduce((total, unit) => total + unit.services.length, 0));
  });

  it("keeps the directory's slugs, so QR posters keep working", async () => {
    const [samsat] = await db().select().from(units).where(eq(units.slug, "samsat-mataram"));
    expect(samsat?.name).toBe("Kantor Bersama Samsat Mataram");
    expect(samsat?.regencyCode).toBe("5271");
  });

  it("holds the national questionnaire's nine elements keyed by code", async () => {
    const rows = await db().select({ code: elements.code }).from(elements);
    expect(rows.map((row) => row.code).sort()).toEqual(
      [
        "biaya",
        "kompetensi",
        "pengaduan",
        "perilaku",
        "persyaratan",
        "produk",
        "prosedur",
        "sarana",
        "waktu",
      ].sort(),
    );
  });

  it("opens one survey for the current quarter, cut in WITA", async () => {
    const open = await db().select().from(surveys).where(eq(surveys.status, "open"));
    const period = quarterPeriod(new Date());
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      slug: period.slug,
      startDate: period.startDate,
      endDate: period.endDate,
    });
  });
});
