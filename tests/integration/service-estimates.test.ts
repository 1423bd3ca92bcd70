import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { services, units } from "@/db/schema";
import type { Official } from "@/lib/auth/scope";
import { estimateField, saveServiceEstimates } from "@/lib/directory/estimates";

import { demoOfficials } from "./officials";
import { useTestDatabase } from "./test-database";

const { db } = useTestDatabase();
let officials: Record<string, Official>;

beforeAll(async () => {
  officials = await demoOfficials(db());
});

async function servicesOf(slug: string) {
  const [unit] = await db().select().from(units).where(eq(units.slug, slug));
  return db()
    .select()
    .from(services)
    .where(inArray(services.unitId, [unit!.id]));
}

async function estimateAll(slug: string, value: string) {
  const list = await servicesOf(slug);
  return Object.fromEntries(list.map((service) => [estimateField(service.id), value]));
}

// Samsat Mataram is Bapenda's; RSUD rawat jalan belongs to another agency.
const matrix: Array<[string, string, "saved" | "not-found"]> = [
  ["admin_provinsi", "samsat-mataram", "saved"],
  ["admin_provinsi", "rsud-provinsi-ntb-rawat-jalan", "saved"],
  ["pimpinan", "samsat-mataram", "not-found"],
  ["admin_opd", "samsat-mataram", "saved"],
  ["admin_opd", "samsat-lombok-timur", "saved"],
  ["admin_opd", "rsud-provinsi-ntb-rawat-jalan", "not-found"],
  ["operator_unit", "samsat-mataram", "not-found"],
  ["operator_unit", "samsat-lombok-timur", "not-found"],
];

describe("saving the yearly number of people a unit's services serve", () => {
  it.each(matrix)("as %s for %s answers %s", async (role, slug, expected) => {
    const before = await servicesOf(slug);

    const result = await saveServiceEstimates({
      official: officials[role]!,
      unitSlug: slug,
      fields: await estimateAll(slug, "1.200"),
    });

    expect(result.kind).toBe(expected);
    const after = await servicesOf(slug);
    if (expected === "saved") expect(after.every((s) => s.annualUsers === 1200)).toBe(true);
    else expect(after).toEqual(before);
  });

  it("is refused without a session as if the unit did not exist", async () => {
    const result = await saveServiceEstimates({
      official: null,
      unitSlug: "samsat-mataram",
      fields: await estimateAll("samsat-mataram", "5"),
    });
    expect(result).toEqual({ kind: "not-found" });
  });

  it("ignores a hand-posted field naming another unit's service", async () => {
    const [foreign] = await servicesOf("museum-negeri-ntb");
    const fields = {
      ...(await estimateAll("samsat-mataram", "900")),
      [estimateField(foreign!.id)]: "1",
    };

    await saveServiceEstimates({
      official: officials.admin_opd!,
      unitSlug: "samsat-mataram",
      fields,
    });

    const [after] = (await servicesOf("museum-negeri-ntb")).filter((s) => s.id === foreign!.id);
    expect(after!.annualUsers).toBe(foreign!.annualUsers);
  });

  it("explains a value that is not a whole number and saves nothing", async () => {
    const list = await servicesOf("samsat-dompu");
    const fields = {
      [estimateField(list[0]!.id)]: "12000",
      [estimateField(list[1]!.id)]: "banyak",
    };

    const result = await saveServiceEstimates({
      official: officials.admin_provinsi!,
      unitSlug: "samsat-dompu",
      fields,
    });

    expect(result).toMatchObject({ kind: "invalid" });
    expect(Object.keys(result.kind === "invalid" ? result.fieldErrors : {})).toEqual([
      estimateField(list[1]!.id),
    ]);
    expect((await servicesOf("samsat-dompu")).every((s) => s.annualUsers === null)).toBe(true);
  });

  it("clears an estimate left empty", async () => {
    await saveServiceEstimates({
      official: officials.admin_provinsi!,
      unitSlug: "samsat-bima",
      fields: await estimateAll("samsat-bima", "300"),
    });
    await saveServiceEstimates({
      official: officials.admin_provinsi!,
      unitSlug: "samsat-bima",
      fields: await estimateAll("samsat-bima", ""),
    });
    expect((await servicesOf("samsat-bima")).every((s) => s.annualUsers === null)).toBe(true);
  });
});
