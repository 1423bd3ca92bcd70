import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { services, surveys, units } from "@/db/schema";
import type { Official } from "@/lib/auth/scope";
import { exportDashboard } from "@/lib/exports/dashboard-csv";

import { insertRespondent, scoresOf } from "./fixtures/respondents";
import { demoOfficials } from "./officials";
import { useTestDatabase } from "./test-database";

// What a downloaded file holds: the same figures as the dashboard, or, where the dashboard
// holds them back, the header row alone.

const { db } = useTestDatabase();
let province: Official;
let firstService = 0;

const ELEMENT_HEADER =
  "periode,cakupan,kode,unsur,jumlah_nilai,jumlah_jawaban,nrr,nrr_x25,mutu,ikm_cakupan,mutu_cakupan";

beforeAll(async () => {
  province = (await demoOfficials(db())).admin_provinsi!;
  const [survey] = await db().select().from(surveys).where(eq(surveys.status, "open"));
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
});

async function download(query: string) {
  return exportDashboard({ official: province, search: new URLSearchParams(query) });
}

function lines(result: Awaited<ReturnType<typeof download>>): string[] {
  if (result.kind !== "csv") throw new Error(`No file: ${result.kind}`);
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

  it("lists every unit of the scope with its respondents and minimum sample", async () => {
    const rows = lines(await download("tingkat=opd&slug=bapenda&isi=unit"));

    expect(rows[0]).toBe("periode,unit,nama,opd,responden,sampel_minimum,representatif");
    expect(rows.find((row) => row.includes(",samsat-sumbawa,"))).toMatch(/,3,/);
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
