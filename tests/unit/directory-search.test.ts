import { describe, expect, it } from "vitest";

import { searchUnits, transpositionsOf } from "@/lib/directory/search-index";
import { clipQuery, MAX_QUERY_LENGTH, parseSearchTerms } from "@/lib/directory/search-terms";

import { seededUnits } from "./support/directory-units";

const units = seededUnits();

function slugsFor(query: string): string[] {
  return searchUnits(units, parseSearchTerms(query)?.words ?? []).map((unit) => unit.slug);
}

describe("what someone types in the search box", () => {
  it("is folded to plain lower-case words, without accents or filler words", () => {
    expect(parseSearchTerms("  Sámsat  di   MATARAM ")?.words).toEqual(["samsat", "mataram"]);
    expect(parseSearchTerms("dan di ke")).toBeNull();
    expect(parseSearchTerms("%_*")).toBeNull();
  });

  it("is shown back on one line and cut at the length the box accepts", () => {
    const long = clipQuery(`samsat\n${"x".repeat(300)}`);

    expect(long.clipped).toBe(true);
    expect(long.text).toHaveLength(MAX_QUERY_LENGTH);
    expect(long.text.startsWith("samsat x")).toBe(true);
    expect(clipQuery("  samsat \t mataram ")).toEqual({ text: "samsat mataram", clipped: false });
  });

  it("takes a zero-width space for a space and drops every other invisible character", () => {
    expect(parseSearchTerms("samsat\u200Bmataram")?.words).toEqual(["samsat", "mataram"]);
    expect(parseSearchTerms("sam\u00ADsat \u202Emataram\u202C\uFEFF")?.words).toEqual([
      "samsat",
      "mataram",
    ]);
    expect(parseSearchTerms("\u200B\u200D\u2060")).toBeNull();
    expect(clipQuery("samsat\u200Bmataram\u200E").text).toBe("samsat mataram");
  });
});

describe("one swap of neighbouring letters", () => {
  it("gives every word one transposition away, once each", () => {
    expect(transpositionsOf("mataram")).toEqual([
      "amtaram",
      "mtaaram",
      "maatram",
      "matraam",
      "mataarm",
      "matarma",
    ]);
    expect(transpositionsOf("matraam")).toContain("mataram");
    expect(transpositionsOf("aaaaa")).toEqual([]);
  });
});

describe("searchUnits over the seeded directory", () => {
  it("finds a unit through an abbreviation of its name, and the other way round", () => {
    expect(slugsFor("rumah sakit mata")[0]).toBe("rs-mata-ntb");
    expect(slugsFor("rsud").every((slug) => slug.startsWith("rsud"))).toBe(true);
    expect(slugsFor("gawat darurat")).toEqual(expect.arrayContaining(slugsFor("igd")));
  });

  it.each([
    ["lotim", "Lombok Timur"],
    ["lobar", "Lombok Barat"],
    ["loteng", "Lombok Tengah"],
    ["klu", "Lombok Utara"],
    ["ksb", "Sumbawa Barat"],
  ])("finds the units of a regency by its local short name %s", (short, regency) => {
    const inRegency = units
      .filter((unit) => unit.regencyName === `Kabupaten ${regency}`)
      .map((unit) => unit.slug);

    expect(inRegency.length).toBeGreaterThan(0);
    expect(slugsFor(short).sort()).toEqual(inRegency.sort());
    expect(slugsFor(`samsat ${short}`)).toEqual([
      `samsat-${regency.toLowerCase().replace(" ", "-")}`,
    ]);
  });

  it("tells Kota Bima from Kabupaten Bima", () => {
    expect(slugsFor("kota bima")).toEqual(["samsat-kota-bima"]);
    expect(slugsFor("kabupaten bima")).toEqual(["samsat-bima"]);
    expect(slugsFor("bima").sort()).toEqual(["samsat-bima", "samsat-kota-bima"]);
  });

  it("counts two swapped neighbouring letters as one typo, in words of five letters or more", () => {
    expect(slugsFor("matraam")).toEqual(slugsFor("mataram"));
    expect(slugsFor("samsat matraam")[0]).toBe("samsat-mataram");
    expect(slugsFor("smasat mataram")[0]).toBe("samsat-mataram");
    expect(slugsFor("bmia")).toEqual([]);
  });

  it("allows one typo only: a swap and a wrong letter in one word find nothing", () => {
    expect(slugsFor("matraan")).toEqual([]);
  });

  it("finds a unit when a zero-width space sits between the words", () => {
    expect(slugsFor("samsat\u200Bmataram")[0]).toBe("samsat-mataram");
  });

  it("ignores filler words between the words that matter", () => {
    expect(slugsFor("samsat di kota bima")).toEqual(["samsat-kota-bima"]);
  });

  it("puts units whose name starts with the words first", () => {
    expect(slugsFor("perpustakaan")[0]).toBe("perpustakaan-daerah-ntb");
  });
});
