// @vitest-environment happy-dom
import { eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import { DashboardFigures, DashboardNotes } from "@/components/dashboard/dashboard-view";
import { services, surveys, units } from "@/db/schema";
import type { Official } from "@/lib/auth/scope";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { type DashboardTarget, loadDashboard } from "@/lib/dashboard/queries";
import { formatDay } from "@/lib/format/date";

import { insertRespondent, scoresOf } from "./fixtures/respondents";
import { useTestDatabase } from "./test-database";

// What an official reads on a dashboard when figures are missing, few, held back or widened:
// the words the page renders from the real figures, not the figures alone.

const { db } = useTestDatabase();
const province: Official = {
  id: 1,
  email: "provinsi@simaskot.test",
  name: "Admin",
  role: "admin_provinsi",
  scope: { level: "province" },
};
let surveyId = 0;
let firstDay = "";
let periodName = "";

function day(offset: number): string {
  const date = new Date(`${firstDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

async function answer(slug: string, count: number, at: { day: number; service?: number }) {
  const [unit] = await db().select({ id: units.id }).from(units).where(eq(units.slug, slug));
  for (let index = 0; index < count; index++) {
    await insertRespondent({
      db: db(),
      surveyId,
      unitId: unit!.id,
      scores: scoresOf(3),
      service: at.service,
      submittedAt: new Date(`${day(at.day)}T10:00:00+08:00`),
      profile: { sex: "perempuan", age: 30 },
    });
  }
}

async function serviceId(slug: string, position: number): Promise<string> {
  const [unit] = await db().select({ id: units.id }).from(units).where(eq(units.slug, slug));
  const rows = await db().select().from(services).where(eq(services.unitId, unit!.id));
  return String(rows.sort((a, b) => a.position - b.position)[position]!.id);
}

type Words = {
  /** The notes above the figures. */
  notes: string;
  /** Each section's text, by its heading's id: ikm, sampel, unsur, tren, profil, unduh. */
  section: (id: string) => string;
};

/** The dashboard's notes and figures as the page shows them, as text. */
async function wordsOf(slug: string, raw: Record<string, string> = {}): Promise<Words> {
  const target: DashboardTarget = { level: "unit", slug };
  const dashboard = await loadDashboard({
    official: province,
    target,
    filters: parseDashboardFilters(raw).filters,
  });
  const html = renderToStaticMarkup(
    createElement("div", null, [
      createElement(DashboardNotes, { key: "notes", notes: dashboard!.notes }),
      createElement(DashboardFigures, {
        key: "figures",
        dashboard: dashboard!,
        figures: dashboard!.period!,
        path: `/dasbor/unit/${slug}`,
      }),
    ]),
  );
  // A space between elements, as a reader sees them.
  const page = new DOMParser().parseFromString(html.replaceAll("><", "> <"), "text/html");
  const text = (element: Element | null | undefined) =>
    (element?.textContent ?? "").replace(/\s+/g, " ").trim();
  return {
    notes: text(page.querySelector("[role=status]")),
    section: (id) => text(page.getElementById(id)?.closest("section")),
  };
}

beforeAll(async () => {
  const [current] = await db().select().from(surveys).where(eq(surveys.status, "open"));
  surveyId = current!.id;
  firstDay = current!.startDate;
  periodName = current!.name;
  // Three answers: fewer than five, for the whole period and a range.
  await answer("perpustakaan-daerah-ntb", 3, { day: 20 });
  // Six for one service and two for another: neither may be shown apart.
  await answer("samsat-lombok-timur", 6, { day: 20, service: 0 });
  await answer("samsat-lombok-timur", 2, { day: 21, service: 1 });
  // One a day for ten days: blocks of five days.
  for (let offset = 0; offset < 10; offset++) await answer("samsat-sumbawa", 1, { day: offset });
  // Two services with blocks of their own: one a day for ten days, and five spread over them.
  for (let offset = 0; offset < 10; offset++) {
    await answer("samsat-dompu", 1, { day: offset, service: 0 });
  }
  for (const offset of [0, 4, 5, 6, 9])
    await answer("samsat-dompu", 1, { day: offset, service: 1 });
});

async function serviceOf(slug: string, position: number): Promise<Record<string, string>> {
  return { layanan: await serviceId(slug, position) };
}

describe("what a dashboard says", () => {
  it("with no answers at all: that there are none yet, in every section", async () => {
    const words = await wordsOf("museum-negeri-ntb");

    expect(words.section("ikm")).toBe(
      `IKM UPTD Museum Negeri Nusa Tenggara Barat Belum ada penilaian untuk UPTD Museum Negeri ` +
        `Nusa Tenggara Barat pada ${periodName}.`,
    );
    expect(words.section("tren")).toContain("Belum ada penilaian untuk UPTD Museum Negeri");
    expect(words.section("profil")).toBe("Profil responden Belum ada responden.");
    expect(words.section("unduh")).toContain("karena belum ada penilaian untuk pilihan ini.");
    expect(words.notes).toBe("");
  });

  it("with fewer than five in the whole period: the figures, and no profile of one fold", async () => {
    const words = await wordsOf("perpustakaan-daerah-ntb");

    expect(words.section("ikm")).toContain("75,00");
    expect(words.section("ikm")).toContain(`3 orang mengisi survei pada ${periodName}.`);
    expect(words.section("profil")).toBe(
      "Profil responden Profil responden ditampilkan setelah ada sedikitnya 5 responden; " +
        "sekarang baru 3.",
    );
  });

  it("with fewer than five in a date range: why the figures are held back, twice the same", async () => {
    const words = await wordsOf("perpustakaan-daerah-ntb", { dari: day(20), sampai: day(20) });
    const why =
      "Hanya 3 penilaian cocok dengan pilihan ini. Angka dari kurang dari 5 penilaian tidak " +
      "ditampilkan agar penilai tidak bisa dikenali.";

    expect(words.section("ikm")).toBe(`IKM Perpustakaan Daerah NTB ${why}`);
    expect(words.section("unduh")).toContain(`hanya berisi baris judul kolom. ${why}`);
    expect(words.section("profil")).toContain("hanya ditampilkan untuk satu periode penuh");
  });

  it("for a service pooled with small ones: held back, never that it has no answers", async () => {
    const words = await wordsOf("samsat-lombok-timur", await serviceOf("samsat-lombok-timur", 0));

    expect(words.section("ikm")).toContain("Angka untuk layanan ini tidak ditampilkan sendiri");
    expect(words.section("tren")).not.toContain("Belum ada penilaian");
    expect(words.section("tren")).toContain(
      "Periode ketika layanan ini atau layanan lain di unitnya punya kurang dari 5 penilaian " +
        "tidak punya angka di sini",
    );
    expect(words.section("profil")).toContain("ditampilkan untuk unit secara keseluruhan");
  });

  it("for a date range too sparse: that it is, and to choose a longer one", async () => {
    const words = await wordsOf("samsat-sumbawa", { dari: day(4), sampai: day(5) });

    expect(words.section("ikm")).toMatch(
      /terlalu sedikit untuk ditampilkan.*Pilih rentang yang lebih panjang\.$/,
    );
    expect(words.section("ikm")).not.toContain("Belum ada penilaian");
  });

  it("for a date range widened to whole blocks: the same days in the note and the count", async () => {
    const words = await wordsOf("samsat-sumbawa", { dari: day(2), sampai: day(6) });
    const covered = `${formatDay(day(0))} – ${formatDay(day(4))}`;

    expect(words.notes).toContain(`Karena itu angka di bawah mencakup penilaian ${covered}.`);
    expect(words.notes).toContain(
      `Penilaian pada ${formatDay(day(5))} – ${formatDay(day(6))} tidak ikut dihitung.`,
    );
    expect(words.section("ikm")).toContain(`5 orang mengisi survei pada ${covered}.`);
    expect(words.section("ikm")).not.toContain("dalam rentang tanggal ini");
  });

  it("for a range whose last days fall in a block mostly after it: the days not counted", async () => {
    const words = await wordsOf("samsat-sumbawa", { dari: day(0), sampai: day(6) });
    const covered = `${formatDay(day(0))} – ${formatDay(day(4))}`;

    expect(words.notes).toContain(`Karena itu angka di bawah mencakup penilaian ${covered}.`);
    expect(words.notes).toContain(
      `Penilaian pada ${formatDay(day(5))} – ${formatDay(day(6))} tidak ikut dihitung.`,
    );
    expect(words.section("ikm")).toContain(`5 orang mengisi survei pada ${covered}.`);
  });

  it("for a range whose blocks leave some answers of its days out: that only some are counted", async () => {
    const words = await wordsOf("samsat-dompu", { dari: day(0), sampai: day(4) });
    const covered = `${formatDay(day(0))} – ${formatDay(day(4))}`;

    expect(words.notes).toContain(
      `angka di bawah memuat sebagian penilaian ${covered}, tidak semuanya.`,
    );
    expect(words.section("ikm")).toContain(
      `5 orang yang dihitung, sebagian dari yang mengisi survei pada ${covered}.`,
    );
  });
});
