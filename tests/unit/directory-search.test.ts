import { describe, expect, it } from "vitest";

import { searchUnits } from "@/lib/directory/search-index";
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
});

describe("searchUnits over the seeded directory", () => {
  it("finds a unit through an abbreviation of its name, and the other way round", () => {
    expect(slugsFor("rumah sakit mata")[0]).toBe("rs-mata-ntb");
    expect(slugsFor("rsud").every((slug) => slug.startsWith("rsud"))).toBe(true);
    expect(slugsFor("gawat darurat")).toEqual(expect.arrayContaining(slugsFor("igd")));
  });

  it("ignores filler words between the words that matter", () => {
    expect(slugsFor("samsat di kota bima")).toEqual(["samsat-kota-bima"]);
  });

  it("puts units whose name starts with the words first", () => {
    expect(slugsFor("perpustakaan")[0]).toBe("perpustakaan-daerah-ntb");
  });
});
