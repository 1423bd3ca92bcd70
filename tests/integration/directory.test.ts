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
    expect(await slugsFor("samsat-mataram")).toEqual(["samsat-mataram"]);
  });

  it("returns nothing for an empty query or for wildcard characters", async () => {
    expect(await searchDirectory({ q: "   " })).toEqual({ units: [], total: 0 });
    expect(await slugsFor("%")).toEqual([]);
    expect(await slugsFor("_")).toEqual([]);
  });

  it("limits the list but reports how many units match", async () => {
    const result = await searchDirectory({ q: "ntb", limit: 5 });

    expect(result.units).toHaveLength(5);
    expect(result.total).toBeGreaterThan(5);
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
