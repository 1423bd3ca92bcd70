import { parse } from "csv-parse/sync";
import { asc, eq } from "drizzle-orm";
import readExcelFile from "read-excel-file/node";
import { beforeAll, describe, expect, it } from "vitest";

import { services, surveys, units } from "@/db/schema";
import type { Official } from "@/lib/auth/scope";
import { exportDashboard } from "@/lib/exports/dashboard-export";

import { insertRespondent, scoresOf } from "./fixtures/respondents";
import { demoOfficials } from "./officials";
import { useTestDatabase } from "./test-database";

// What a downloaded file holds: the same figures as the dashboard, or, where the dashboard
// holds them back, the header row alone.

const { db } = useTestDatabase();
let province: Official;
let firstService = 0;

const VIEW_HEADER = "periode,dari,sampai,hari_pertama,hari_terakhir,semua_penilaian_hari_itu";
const ELEMENT_HEADER =
  `${VIEW_HEADER},cakupan,responden,kode,unsur,jumlah_nilai,jumlah_jawaban,nrr,nrr_x25,mutu,` +
  "ikm_cakupan,mutu_cakupan";
const UNIT_HEADER =
  `${VIEW_HEADER},peringkat,unit,nama,opd,ikm,mutu,kinerja,responden,responden_periode,` +
  "sampel_minimum,representatif";
let period = { slug: "", startDate: "", endDate: "" };

function day(offset: number): string {
  const date = new Date(`${period.startDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** The rows of a file as records, by their header. */
function records(rows: string[]): Array<Record<string, string>> {
  return parse(rows.join("\n"), { columns: true });
}

beforeAll(async () => {
  province = (await demoOfficials(db())).admin_provinsi!;
  const [survey] = await db().select().from(surveys).where(eq(surveys.status, "open"));
  period = survey!;
  const [unit] = await db().select().from(units).where(eq(units.slug, "samsat-sumbawa"));
  const [service] = await db()
    .select({ id: services.id })
    .from(services)
    .where(eq(services.unitId, unit!.id))
    .orderBy(asc(services.position))
    .limit(1);
  firstService = service!.id;
  // Three people, all on the unit's first service: too few to show narrowed to that service.
  for (let index = 0; index < 3; index += 1) {
    await insertRespondent({
      db: db(),
      surveyId: survey!.id,
      unitId: unit!.id,
      scores: scoresOf(4),
    });
  }
  // Samsat Dompu: one a day for ten days, in blocks of five days.
  const [dompu] = await db().select().from(units).where(eq(units.slug, "samsat-dompu"));
  for (let offset = 0; offset < 10; offset += 1) {
    await insertRespondent({
      db: db(),
      surveyId: survey!.id,
      unitId: dompu!.id,
      scores: scoresOf(3),
      submittedAt: new Date(`${day(offset)}T10:00:00+08:00`),
    });
  }
});

async function download(query: string) {
  return exportDashboard({ official: province, search: new URLSearchParams(query) });
}

function lines(result: Awaited<ReturnType<typeof download>>): string[] {
  if (result.kind !== "file" || typeof result.body !== "string") throw new Error("No CSV file");
  return result.body.trimEnd().split("\n");
}

describe("a dashboard's CSV file", () => {
  it("holds the header row and one row per element where figures are shown", async () => {
    const rows = lines(await download("tingkat=unit&slug=samsat-sumbawa&isi=unsur"));

    expect(rows[0]).toBe(ELEMENT_HEADER);
    expect(rows).toHaveLength(1 + 9);
    expect(rows[1]).toMatch(/,100\.00,A$/);
  });

  it("holds only the header row where fewer than five answers keep the figures back", async () => {
    const query = `tingkat=unit&slug=samsat-sumbawa&layanan=${firstService}&isi=unsur`;

    expect(lines(await download(query))).toEqual([ELEMENT_HEADER]);
  });

  it("holds only the header row where nobody has answered yet", async () => {
    expect(lines(await download("tingkat=unit&slug=samsat-bima&isi=unsur"))).toEqual([
      ELEMENT_HEADER,
    ]);
  });

  it("lists every unit of the scope with its IKM, respondents and minimum sample", async () => {
    const rows = lines(await download("tingkat=opd&slug=bapenda&isi=unit"));
    const sumbawa = records(rows).find((row) => row.unit === "samsat-sumbawa");

    expect(rows[0]).toBe(UNIT_HEADER);
    expect(sumbawa).toMatchObject({
      periode: period.slug,
      dari: "",
      hari_pertama: period.startDate,
      hari_terakhir: period.endDate,
      semua_penilaian_hari_itu: "ya",
      ikm: "100.00",
      mutu: "A",
      kinerja: "Sangat Baik",
      responden: "3",
      responden_periode: "3",
    });
    expect(records(rows).find((row) => row.unit === "samsat-bima")).toMatchObject({
      ikm: "",
      responden: "0",
    });
  });

  it("says which dates a range asked for and which days its figures cover", async () => {
    const query = `tingkat=unit&slug=samsat-dompu&dari=${day(2)}&sampai=${day(6)}`;
    const file = await download(`${query}&isi=unsur`);
    const [first] = records(lines(file));

    expect(first).toMatchObject({
      dari: day(2),
      sampai: day(6),
      hari_pertama: day(0),
      hari_terakhir: day(4),
      semua_penilaian_hari_itu: "ya",
      responden: "5",
      ikm_cakupan: "75.00",
    });
    expect(file).toMatchObject({
      filename: `simaskot-samsat-dompu-${period.slug}-${day(2)}-sd-${day(6)}-unsur.csv`,
    });
    expect(records(lines(await download(`${query}&isi=unit`)))).toMatchObject([
      { unit: "samsat-dompu", ikm: "75.00", responden: "5", responden_periode: "10" },
    ]);
  });

  it("names files of different filters differently", async () => {
    const names = await Promise.all(
      [
        "tingkat=unit&slug=samsat-sumbawa",
        `tingkat=unit&slug=samsat-sumbawa&layanan=${firstService}`,
        `tingkat=unit&slug=samsat-sumbawa&dari=${day(1)}`,
        `tingkat=unit&slug=samsat-sumbawa&sampai=${day(1)}`,
      ].map(async (query) => {
        const file = await download(query);
        return file.kind === "file" ? file.filename : null;
      }),
    );

    expect(names).toEqual([
      `simaskot-samsat-sumbawa-${period.slug}-unsur.csv`,
      `simaskot-samsat-sumbawa-${period.slug}-layanan-${firstService}-unsur.csv`,
      `simaskot-samsat-sumbawa-${period.slug}-sejak-${day(1)}-unsur.csv`,
      `simaskot-samsat-sumbawa-${period.slug}-sampai-${day(1)}-unsur.csv`,
    ]);
  });

  it("gives the same table as a spreadsheet, with figures as numbers", async () => {
    const query = "tingkat=opd&slug=bapenda&isi=unit";
    const csv = records(lines(await download(query)));
    const file = await download(`${query}&berkas=xlsx`);
    if (file.kind !== "file" || typeof file.body === "string") throw new Error("No workbook");

    const [sheet] = await readExcelFile(file.body);
    const [header, ...rows] = sheet!.data;
    const sumbawa = rows.find((row) => row.includes("samsat-sumbawa"))!;
    const cell = (name: string) => sumbawa[header!.indexOf(name)];

    expect(file.filename).toBe(`simaskot-bapenda-${period.slug}-unit.xlsx`);
    expect(file.contentType).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(sheet!.sheet).toBe("Unit");
    expect(header).toEqual(UNIT_HEADER.split(","));
    expect(rows).toHaveLength(csv.length);
    expect([cell("ikm"), cell("responden"), cell("mutu"), cell("dari")]).toEqual([
      100,
      3,
      "A",
      null,
    ]);
  });

  it("gives a spreadsheet of the elements whose NRR match the CSV's", async () => {
    const query = "tingkat=unit&slug=samsat-dompu&isi=unsur";
    const csv = records(lines(await download(query)));
    const file = await download(`${query}&berkas=xlsx`);
    if (file.kind !== "file" || typeof file.body === "string") throw new Error("No workbook");

    const [sheet] = await readExcelFile(file.body);
    const [header, ...rows] = sheet!.data;
    const nrr = rows.map((row) => row[header!.indexOf("nrr")]);

    expect(nrr).toEqual(csv.map((row) => Number(row.nrr)));
  });

  it.each(["berkas=pdf", "berkas=", "berkas=XLSX"])(
    "answers as if it did not exist for a file kind it does not know (%s)",
    async (format) => {
      expect(await download(`tingkat=unit&slug=samsat-sumbawa&${format}`)).toEqual({
        kind: "not-found",
      });
    },
  );

  it("answers as if it did not exist where the dashboard would ignore a filter", async () => {
    const [bima] = await db().select().from(units).where(eq(units.slug, "samsat-bima"));
    const [foreign] = await db()
      .select({ id: services.id })
      .from(services)
      .where(eq(services.unitId, bima!.id))
      .limit(1);

    for (const ignored of [
      `layanan=${foreign!.id}`,
      "dari=2026-13-01",
      `dari=${day(5)}&sampai=${day(1)}`,
      "opd=dinkes",
    ]) {
      const file = await download(`tingkat=unit&slug=samsat-sumbawa&${ignored}`);
      expect(file, ignored).toEqual({ kind: "not-found" });
    }
  });

  it.each(["isi=semua", "isi=", "isi=UNSUR"])(
    "answers as if it did not exist for content it does not know (%s)",
    async (content) => {
      expect(await download(`tingkat=unit&slug=samsat-sumbawa&${content}`)).toEqual({
        kind: "not-found",
      });
    },
  );

  it("gives the elements when no content is named", async () => {
    expect(lines(await download("tingkat=unit&slug=samsat-sumbawa"))[0]).toBe(ELEMENT_HEADER);
  });
});
