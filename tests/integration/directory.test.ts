import { describe, expect, it } from "vitest";

import { findUnitBySlug, listAgencies, searchDirectory } from "@/lib/directory/queries";

import { useTestDatabase } from "./test-database";

useTestDatabase();

async function slugsFor(q: string): Promise<string[]> {
  return (await searchDirectory({ q })).units.map((unit) => unit.slug);
}

describe("searchDirectory", () => {
  it("finds Kantor Bersama Samsat Mataram when someone types samsat mataram", async () => {
    const { units } = await searchDirectory({ q: "  samsat   MATARAM " });

    expect(units[0]).toMatchObject({
      slug: "samsat-mataram",
      name: "Kantor Bersama Samsat Mataram",
      agencyShortName: "Bapenda NTB",
      regencyName: "Kota Mataram",
    });
  });

  it("finds every unit of an agency by the agency's short name", async () => {
    const slugs = await slugsFor("bapenda");

    expect(slugs).toHaveLength(10);
    expect(slugs.every((slug) => slug.startsWith("samsat-"))).toBe(true);
  });

  it("lists units named after the words before units matched only through their agency", async () => {
    const slugs = await slugsFor("kesehatan");

    expect(slugs[0]).toBe("labkes-provinsi-ntb");
    expect(slugs).toContain("rs-mata-ntb");
  });

  it("matches words in any order, across the unit's and its agency's names", async () => {
    expect(await slugsFor("mataram bapenda")).toEqual(["samsat-mataram"]);
    expect((await slugsFor("samsat-mataram"))[0]).toBe("samsat-mataram");
  });

  it("finds every unit of a city or regency by its name", async () => {
    const inMataram = await searchDirectory({ q: "kota mataram", limit: 50 });

    expect(inMataram.total).toBe(37);
    expect(inMataram.units[0]!.slug).toBe("samsat-mataram");
    expect((await searchDirectory({ q: "mataram", limit: 50 })).total).toBe(37);
    expect((await slugsFor("Kabupaten Sumbawa")).slice(0, 2)).toEqual([
      "samsat-sumbawa",
      "samsat-sumbawa-barat",
    ]);
  });

  it("finds units by the services they give, also through their usual abbreviations", async () => {
    const samsats = (await slugsFor("bapenda")).sort();

    expect((await slugsFor("stnk")).sort()).toEqual(samsats);
    expect((await slugsFor("pajak kendaraan")).sort()).toEqual(samsats);
    expect(await slugsFor("legalisir ijazah")).toEqual(["dikpora-layanan-dikmen"]);
  });

  it("forgives one typo in a longer word, and accents", async () => {
    expect((await slugsFor("samsat mtaram"))[0]).toBe("samsat-mataram");
    expect(await slugsFor("samsad")).toEqual(await slugsFor("samsat"));
    expect(await slugsFor("sámsat")).toEqual(await slugsFor("samsat"));
    expect(await slugsFor("SAMSAT")).toEqual(await slugsFor("samsat"));
  });

  it("matches the start of words, never letters inside a word", async () => {
    const slugs = await slugsFor("rs mata");

    expect(slugs[0]).toBe("rs-mata-ntb");
    expect(slugs).not.toContain("samsat-mataram");
    expect(await slugsFor("ram")).toEqual([]);
  });

  it("lists units named by the words before units found through their agency or services", async () => {
    const slugs = await slugsFor("laboratorium");

    expect(slugs.slice(0, 3).sort()).toEqual([
      "balai-laboratorium-lingkungan",
      "labkes-provinsi-ntb",
      "laboratorium-pupr",
    ]);
    expect(slugs).toContain("rsud-provinsi-ntb-penunjang");
  });

  it("searches only the first hundred characters of a very long query", async () => {
    const samsats = (await slugsFor("samsat")).sort();

    expect((await slugsFor(`${"samsat ".repeat(20)}tidak-ada`)).sort()).toEqual(samsats);
  });

  it("returns nothing for an empty query or for wildcard characters", async () => {
    expect(await searchDirectory({ q: "   " })).toMatchObject({ units: [], total: 0, pages: 1 });
    expect(await slugsFor("%")).toEqual([]);
    expect(await slugsFor("_")).toEqual([]);
  });

  it("limits the list but reports how many units match", async () => {
    const result = await searchDirectory({ q: "ntb", limit: 5 });

    expect(result.units).toHaveLength(5);
    expect(result.total).toBeGreaterThan(5);
  });

  it("reaches every unit found through its pages, each unit once", async () => {
    const first = await searchDirectory({ q: "kota mataram" });
    const second = await searchDirectory({ q: "kota mataram", page: 2 });
    const all = await searchDirectory({ q: "kota mataram", limit: 50 });

    expect(first).toMatchObject({ total: 37, page: 1, pages: 2, start: 0 });
    expect(first.units).toHaveLength(20);
    expect(second).toMatchObject({ total: 37, page: 2, pages: 2, start: 20 });
    expect(second.units).toHaveLength(17);
    expect([...first.units, ...second.units]).toEqual(all.units);
  });

  it("gives the last page for a page past it, and the first for a page before it", async () => {
    expect(await searchDirectory({ q: "kota mataram", page: 9 })).toMatchObject({
      page: 2,
      start: 20,
    });
    expect(await searchDirectory({ q: "kota mataram", page: 0 })).toMatchObject({ page: 1 });
  });
});

describe("findUnitBySlug", () => {
  it("gives the unit with its agency, regency and services in their order", async () => {
    const unit = await findUnitBySlug({ slug: "samsat-mataram" });

    expect(unit).toMatchObject({
      name: "Kantor Bersama Samsat Mataram",
      agency: { slug: "bapenda", shortName: "Bapenda NTB" },
      regency: { code: "5271", name: "Kota Mataram" },
    });
    expect(unit!.services.map((service) => service.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(unit!.services[0]!.name).toBe("Pembayaran PKB dan pengesahan STNK tahunan");
  });

  it("gives null for a slug no unit has", async () => {
    expect(await findUnitBySlug({ slug: "tidak-ada" })).toBeNull();
  });
});

describe("listAgencies", () => {
  it("lists every agency by name", async () => {
    const agencies = await listAgencies();
    const names = agencies.map((agency) => agency.name);

    expect(agencies).toHaveLength(27);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "id-ID")));
  });
});
