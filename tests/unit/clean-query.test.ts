import { describe, expect, it } from "vitest";

import { queryOfForm, redirectWithoutEmptyParams, withoutEmptyParams } from "@/lib/clean-query";

describe("dashboard addresses without the filters left empty", () => {
  it("drops empty and blank parameters, keeping the others in their order", () => {
    expect(
      withoutEmptyParams({ periode: "2026-triwulan-4", opd: "", unit: " ", dari: "2026-10-01" }),
    ).toBe("?periode=2026-triwulan-4&dari=2026-10-01");
    expect(withoutEmptyParams({ dari: "", sampai: "" })).toBe("");
    expect(withoutEmptyParams({ unit: ["", "samsat-mataram"] })).toBe("?unit=samsat-mataram");
  });

  it("says nothing needs to change when no parameter is empty", () => {
    expect(withoutEmptyParams({})).toBeNull();
    expect(withoutEmptyParams({ periode: "2026-triwulan-4", unit: ["a", "b"] })).toBeNull();
  });

  it("builds a form's address from the fields that were filled in", () => {
    const form = new FormData();
    const fields: Array<[string, string]> = [
      ["periode", "2026-triwulan-4"],
      ["opd", ""],
      ["unit", "samsat-mataram"],
      ["layanan", ""],
      ["dari", ""],
      ["sampai", "2026-11-30"],
    ];
    for (const [name, value] of fields) form.append(name, value);
    expect(queryOfForm(form)).toBe(
      "?periode=2026-triwulan-4&unit=samsat-mataram&sampai=2026-11-30",
    );
    expect(queryOfForm(new FormData())).toBe("");
  });

  it("redirects a page asked for with empty parameters to the address without them", () => {
    expect(() => redirectWithoutEmptyParams("/dasbor", { periode: "x", dari: "" })).toThrow(
      expect.objectContaining({ digest: expect.stringContaining(";/dasbor?periode=x;307;") }),
    );
    expect(() => redirectWithoutEmptyParams("/dasbor", { periode: "x" })).not.toThrow();
  });
});
