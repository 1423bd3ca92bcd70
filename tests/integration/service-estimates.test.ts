import { asc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { services, units } from "@/db/schema";
import type { Official } from "@/lib/auth/scope";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { loadDashboard } from "@/lib/dashboard/queries";
import { describeBasis, describeSaved } from "@/lib/directory/estimate-basis";
import { estimateField, saveServiceEstimates } from "@/lib/directory/estimates";
import { minimumSample } from "@/lib/ikm";

import { demoOfficials } from "./officials";
import { useTestDatabase } from "./test-database";

const { db } = useTestDatabase();
let officials: Record<string, Official>;

beforeAll(async () => {
  officials = await demoOfficials(db());
});

async function servicesOf(slug: string) {
  const [unit] = await db().select().from(units).where(eq(units.slug, slug));
  return (
    db()
      .select()
      .from(services)
      .where(inArray(services.unitId, [unit!.id]))
      // In the form's order: PostgreSQL returns updated rows in no fixed order otherwise.
      .orderBy(asc(services.position), asc(services.id))
  );
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

  it.each([
    ["99999999999", "paling banyak 10.000.000, atau kosongkan jika belum tahu"],
    ["10.000.001", "paling banyak 10.000.000, atau kosongkan jika belum tahu"],
    ["0", "sedikitnya 1, atau kosongkan jika belum tahu"],
    ["-20", "sedikitnya 1, atau kosongkan jika belum tahu"],
    ["1,5", "dengan angka bulat, misalnya 12000, atau kosongkan jika belum tahu"],
    ["banyak", "dengan angka bulat, misalnya 12000, atau kosongkan jika belum tahu"],
  ])("says what is wrong with %s and saves nothing", async (typed, wrong) => {
    const [service, other] = await servicesOf("samsat-dompu");
    const result = await saveServiceEstimates({
      official: officials.admin_provinsi!,
      unitSlug: "samsat-dompu",
      fields: { [estimateField(service!.id)]: typed, [estimateField(other!.id)]: "12000" },
    });

    expect(result).toEqual({
      kind: "invalid",
      fieldErrors: {
        [estimateField(service!.id)]:
          `Tulis perkiraan jumlah orang per tahun untuk ${service!.name} ${wrong}`,
      },
    });
    expect((await servicesOf("samsat-dompu")).every((s) => s.annualUsers === null)).toBe(true);
  });

  it("reads thousands grouped with dots or spaces, up to the largest estimate", async () => {
    const [first, second] = await servicesOf("samsat-sumbawa");
    await saveServiceEstimates({
      official: officials.admin_provinsi!,
      unitSlug: "samsat-sumbawa",
      fields: { [estimateField(first!.id)]: "10.000.000", [estimateField(second!.id)]: "12 500" },
    });

    const saved = new Map((await servicesOf("samsat-sumbawa")).map((s) => [s.id, s.annualUsers]));
    expect([saved.get(first!.id), saved.get(second!.id)]).toEqual([10_000_000, 12_500]);
  });

  it("keeps the estimate of a service whose field was not sent", async () => {
    const [first, second] = await servicesOf("samsat-lombok-barat");
    await saveServiceEstimates({
      official: officials.admin_provinsi!,
      unitSlug: "samsat-lombok-barat",
      fields: await estimateAll("samsat-lombok-barat", "4000"),
    });

    const result = await saveServiceEstimates({
      official: officials.admin_provinsi!,
      unitSlug: "samsat-lombok-barat",
      fields: { [estimateField(second!.id)]: "7000" },
    });

    expect(result).toMatchObject({ kind: "saved", changed: 1 });
    const saved = new Map(
      (await servicesOf("samsat-lombok-barat")).map((s) => [s.id, s.annualUsers]),
    );
    expect([saved.get(first!.id), saved.get(second!.id)]).toEqual([4000, 7000]);
  });

  it("refuses a field sent twice and saves nothing", async () => {
    const [first, second] = await servicesOf("samsat-lombok-utara");
    const result = await saveServiceEstimates({
      official: officials.admin_provinsi!,
      unitSlug: "samsat-lombok-utara",
      fields: { [estimateField(first!.id)]: "7", [estimateField(second!.id)]: "16000" },
      repeated: [estimateField(first!.id)],
    });

    expect(result).toEqual({
      kind: "invalid",
      fieldErrors: {
        [estimateField(first!.id)]:
          `Tulis satu perkiraan saja untuk ${first!.name}: formulir mengirim lebih dari satu`,
      },
    });
    expect((await servicesOf("samsat-lombok-utara")).every((s) => s.annualUsers === null)).toBe(
      true,
    );
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

describe("what the estimates form says the minimum sample uses", () => {
  const SLUG = "samsat-kota-bima";

  async function minimumShown(): Promise<number | null> {
    const dashboard = await loadDashboard({
      official: officials.admin_provinsi!,
      target: { level: "unit", slug: SLUG },
      filters: parseDashboardFilters({}).filters,
    });
    return dashboard!.period!.samples[0]!.minimumSample;
  }

  async function save(values: Record<number, string>) {
    const list = await servicesOf(SLUG);
    const fields = Object.fromEntries(
      list.map((service, index) => [estimateField(service.id), values[index] ?? ""]),
    );
    const result = await saveServiceEstimates({
      official: officials.admin_opd!,
      unitSlug: SLUG,
      fields,
    });
    if (result.kind !== "saved") throw new Error(`Not saved: ${result.kind}`);
    return result;
  }

  beforeAll(async () => {
    await db().update(units).set({ annualUsers: 12_000 }).where(eq(units.slug, SLUG));
  });

  it("keeps the unit's own estimate until every service has one, and says so", async () => {
    const before = await minimumShown();

    const result = await save({ 0: "5000" });

    expect(result.after).toEqual({ source: "unit", annualUsers: 12_000, filled: 1, services: 6 });
    expect(describeSaved(result)).toBe(
      "Tersimpan: perkiraan 1 layanan diubah. Sampel minimum masih memakai perkiraan unit, " +
        "12.000 orang per tahun, sampai semua 6 layanan diisi; 1 dari 6 sudah diisi.",
    );
    expect(await minimumShown()).toBe(before);
    expect(before).toBe(minimumSample(3_000));
  });

  it("uses the services' sum once every service has one, and says what it replaced", async () => {
    const result = await save({ 0: "5000", 1: "5000", 2: "5000", 3: "5000", 4: "4000", 5: "4000" });

    expect(result.after).toMatchObject({ source: "services", annualUsers: 28_000 });
    expect(describeSaved(result)).toBe(
      "Tersimpan: perkiraan 5 layanan diubah. Sampel minimum kini dihitung dari jumlah " +
        "perkiraan semua 6 layanan: 28.000 orang per tahun (sebelumnya perkiraan unit, " +
        "12.000 orang per tahun).",
    );
    // A quarter holds 3 of the year's 12 months.
    expect(await minimumShown()).toBe(minimumSample(7_000));
  });

  it("says that nothing changed when the same figures are saved again", async () => {
    const result = await save({ 0: "5000", 1: "5000", 2: "5000", 3: "5000", 4: "4000", 5: "4000" });

    expect(result.changed).toBe(0);
    expect(describeSaved(result)).toBe(
      "Tidak ada angka yang berubah. Sampel minimum sekarang dihitung dari jumlah perkiraan " +
        "semua 6 layanan: 28.000 orang per tahun.",
    );
  });

  it("goes back to the unit's estimate when a service is emptied again", async () => {
    const result = await save({ 0: "5000", 1: "5000", 2: "5000", 3: "5000", 4: "4000" });

    expect(describeSaved(result)).toMatch(
      /Sampel minimum kembali memakai perkiraan unit, 12\.000 orang per tahun, sampai semua 6 layanan diisi; 5 dari 6 sudah diisi\.$/,
    );
    expect(describeBasis(result.after)).toBe(
      "Sampel minimum sekarang memakai perkiraan unit, 12.000 orang per tahun. Perkiraan " +
        "layanan baru dipakai setelah semua 6 layanan diisi; 5 dari 6 sudah diisi.",
    );
    expect(await minimumShown()).toBe(minimumSample(3_000));
  });

  it("says the minimum cannot be computed while neither the unit nor every service has one", async () => {
    await db().update(units).set({ annualUsers: null }).where(eq(units.slug, SLUG));

    const result = await save({ 0: "5000" });

    expect(describeSaved(result)).toBe(
      "Tersimpan: perkiraan 4 layanan diubah. Sampel minimum belum bisa dihitung sampai semua " +
        "6 layanan diisi; 1 dari 6 sudah diisi.",
    );
    expect(await minimumShown()).toBeNull();
  });
});
