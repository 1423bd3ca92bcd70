// @vitest-environment happy-dom
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { ElementTable } from "@/components/results/element-table";
import { RankingTable } from "@/components/results/ranking-table";
import { MinimumUnknownNote } from "@/components/results/sample-flag";
import type { ElementResult, RankedUnit } from "@/lib/results/queries";

function render(element: ReactElement): Document {
  return new DOMParser().parseFromString(renderToStaticMarkup(element), "text/html");
}

function ranked(overrides: Partial<RankedUnit>): RankedUnit {
  return {
    id: 1,
    slug: "samsat-mataram",
    name: "Kantor Bersama Samsat Mataram",
    agencySlug: "bapenda",
    agencyShortName: "Bapenda NTB",
    regencyName: "Kota Mataram",
    rank: 1,
    respondents: 400,
    ikm: 84.1,
    grade: "B",
    performance: "Baik",
    population: 9000,
    minimumSample: 368,
    representative: true,
    ...overrides,
  };
}

const UNITS = [
  ranked({}),
  ranked({
    slug: "rs-mata-ntb",
    name: "Rumah Sakit Mata Provinsi NTB",
    rank: 2,
    respondents: 12,
    ikm: 80,
    representative: false,
    minimumSample: 80,
  }),
  ranked({
    slug: "labkes-provinsi-ntb",
    name: "Laboratorium Kesehatan",
    rank: 3,
    respondents: 1,
    ikm: 75,
    grade: "C",
    population: null,
    minimumSample: null,
    representative: null,
  }),
];

function rankingTable(): Document {
  return render(
    <RankingTable
      units={UNITS}
      params={{ sort: "ikm", direction: "desc" }}
      caption="Peringkat unit layanan Provinsi NTB, Triwulan IV 2026"
      periodSlug="2026-triwulan-4"
    />,
  );
}

function rowOf(document: Document, unitName: string): Element {
  const row = [...document.querySelectorAll("tbody tr")].find((tr) =>
    tr.querySelector("th")?.textContent?.includes(unitName),
  );
  if (!row) throw new Error(`No row for ${unitName}`);
  return row;
}

describe("the ranking table", () => {
  it("is a captioned table whose sortable headers say which order is in use", () => {
    const table = rankingTable().querySelector("table")!;

    expect(table.querySelector("caption")?.textContent).toContain("Triwulan IV 2026");
    expect(table.querySelectorAll("thead th[scope=col]")).toHaveLength(4);
    expect(table.querySelector("th[aria-sort]")?.textContent).toMatch(/^IKM/);
    expect(table.querySelector("th[aria-sort]")?.getAttribute("aria-sort")).toBe("descending");
  });

  it("links each unit to its page for the period of the ranking", () => {
    const link = rowOf(rankingTable(), "Samsat Mataram").querySelector("a");

    expect(link?.getAttribute("href")).toBe("/unit/samsat-mataram?periode=2026-triwulan-4");
  });

  it("shows each row's grade as letter and word, and its respondents", () => {
    const row = rowOf(rankingTable(), "Samsat Mataram");

    expect(row.textContent).toContain("84,10");
    expect(row.textContent).toContain("B – Baik");
    expect(row.querySelector("th")?.textContent).toContain("400 responden");
  });

  it("warns when a unit is short of its minimum sample, and when its minimum is unknown", () => {
    const document = rankingTable();

    expect(rowOf(document, "Samsat Mataram").textContent).not.toMatch(/representatif|minimal/);
    expect(rowOf(document, "Rumah Sakit Mata").textContent).toContain("belum representatif");
    expect(rowOf(document, "Rumah Sakit Mata").textContent).toContain("minimal 80");
    expect(rowOf(document, "Laboratorium").textContent).toContain("jumlah minimal belum diketahui");
  });

  it("explains an unknown minimum once under the table, only when a ranked unit has one", () => {
    const note = (units: RankedUnit[]) =>
      render(<MinimumUnknownNote units={units} />).body.textContent;

    expect(note(UNITS)).toMatch(/^Jumlah minimal belum diketahui: unit itu belum mengisi/);
    expect(note(UNITS.slice(0, 2))).toBe("");
    expect(note([ranked({ ikm: null, minimumSample: null, representative: null })])).toBe("");
  });
});

describe("the element table", () => {
  const element: ElementResult = {
    code: "waktu",
    name: "Waktu Penyelesaian",
    position: 3,
    sum: 141,
    count: 55,
    nrr: 141 / 55,
    converted: 64.09,
    grade: "D",
    weakest: true,
  };

  it("gives every element its sum, answers, NRR, value and grade, the weakest marked", () => {
    const row = render(<ElementTable elements={[element]} />).querySelector("tbody tr")!;
    const text = row.textContent ?? "";

    expect(row.querySelector("th[scope=row]")?.textContent).toContain("Waktu Penyelesaian");
    expect(text).toContain("Terlemah");
    expect(text).toContain("Jumlah nilai 141 dari 55 jawaban, NRR 2,5636");
    // The wide layout's own columns: the sum and the answers, from which the NRR is recomputed.
    const cells = [...row.querySelectorAll("td")].map((cell) => cell.textContent);
    expect(cells.slice(0, 3)).toEqual(["141", "55", "2,5636"]);
    expect(text).toContain("64,09");
    expect(text).toContain("D – Tidak Baik");
  });
});
