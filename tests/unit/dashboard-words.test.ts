import { describe, expect, it } from "vitest";

import {
  chartGroups,
  foldSentence,
  profileFinding,
  profileKeyNumbers,
} from "@/components/dashboard/profile-words";
import { foldSmallGroups, type ProfileBreakdown } from "@/lib/dashboard/profile";
import { changeSentence } from "@/components/dashboard/ikm-headline";
import { describeTrend } from "@/components/dashboard/trend-words";
import type { TrendPoint } from "@/lib/dashboard/trend";

function point(name: string, ikm: number | null): TrendPoint {
  return {
    surveyId: name.length,
    slug: name.toLowerCase().replaceAll(" ", "-"),
    name,
    ikm,
    grade: ikm === null ? null : "B",
    performance: ikm === null ? null : "Baik",
    withheld: false,
  };
}

describe("the trend section's words", () => {
  it("say one thing when no period has answers yet", () => {
    const words = describeTrend("Provinsi NTB", [point("Triwulan I 2026", null)]);
    expect(words).toEqual({
      kind: "empty",
      sentence:
        "Belum ada penilaian untuk Provinsi NTB pada periode mana pun, jadi perkembangannya belum bisa ditampilkan.",
    });
  });

  it("say so when the only rated period is the one shown", () => {
    const words = describeTrend("Samsat Mataram", [
      point("Triwulan I 2026", null),
      point("Triwulan II 2026", 81.25),
    ]);
    expect(words).toMatchObject({
      kind: "figure",
      finding: "IKM Samsat Mataram pada Triwulan II 2026: 81,25",
      summary: "Periode ini yang pertama dinilai; periode sebelumnya belum punya penilaian.",
    });
  });

  it("name the only rated period when it is an earlier one", () => {
    const words = describeTrend("Samsat Mataram", [
      point("Triwulan I 2026", 80),
      point("Triwulan II 2026", null),
    ]);
    expect(words).toMatchObject({
      finding: "Belum ada penilaian untuk Samsat Mataram pada Triwulan II 2026",
      summary:
        "Hingga Triwulan II 2026, baru satu periode yang sudah dinilai: Triwulan I 2026 (80,00).",
      scored: 1,
    });
  });

  it("give the change and the lowest and highest periods once there are two", () => {
    const words = describeTrend("Bapenda NTB", [
      point("Triwulan I 2026", 77.01),
      point("Triwulan II 2026", 81.48),
    ]);
    expect(words).toMatchObject({
      finding: "IKM Bapenda NTB naik ke 81,48 pada Triwulan II 2026",
      summary:
        "Dari 2 periode yang sudah dinilai hingga Triwulan II 2026, terendah 77,01 (Triwulan I 2026) dan tertinggi 81,48 (Triwulan II 2026).",
    });
  });
});

describe("one service's trend in words", () => {
  const held = (name: string): TrendPoint => ({ ...point(name, null), withheld: true });

  it("counts the periods with a figure, not those rated, when some are held back", () => {
    const words = describeTrend(
      "Pendaftaran kendaraan",
      [held("Triwulan II 2026"), point("Triwulan III 2026", 80), point("Triwulan IV 2026", 84)],
      { perService: true },
    );
    expect(words).toMatchObject({
      summary: expect.stringMatching(/^Dari 2 periode yang punya angka hingga Triwulan IV 2026,/),
    });
  });
});

describe("the change from the period before", () => {
  it("says a held-back period is held back, not that it has no answers", () => {
    const previous = { ...point("Triwulan III 2026", null), withheld: true };
    const sentence = changeSentence({ kind: "not-comparable", previous });

    expect(sentence).toBe(
      "Angka Triwulan III 2026 untuk pilihan ini tidak ditampilkan agar penilai tidak bisa " +
        "dikenali, jadi perubahannya tidak bisa dihitung.",
    );
  });

  it("says a period without answers has none", () => {
    const sentence = changeSentence({
      kind: "not-comparable",
      previous: point("Triwulan III 2026", null),
    });

    expect(sentence).toBe(
      "Belum ada penilaian pada Triwulan III 2026, jadi perubahannya belum bisa dihitung.",
    );
  });
});

describe("the sentence under a profile chart", () => {
  it("is left out when nothing was folded", () => {
    expect(foldSentence(null)).toBeNull();
  });

  it("says the fold may hold a larger group, so that its size is no surprise", () => {
    expect(foldSentence({ count: 12, tookInLarger: true })).toBe(
      "“Gabungan kelompok kecil” (12 orang) menjumlahkan kelompok yang masing-masing kurang dari 5 orang beserta kelompok terkecil berikutnya, agar gabungan itu sendiri tidak kurang dari 5 orang.",
    );
  });

  it("says what the fold holds without naming any small group", () => {
    const sentence = foldSentence({ count: 6, tookInLarger: false })!;
    expect(sentence).toContain("(6 orang)");
    expect(sentence).toContain("kurang dari 5 orang");
  });
});

function breakdown(
  title: string,
  noun: string,
  groups: Array<[key: string | null, label: string, count: number]>,
): ProfileBreakdown {
  const total = groups.reduce((sum, [, , count]) => sum + count, 0);
  const labelled = groups.map(([key, label, count]) => ({ key, label, count }));
  return { title, noun, total, ...foldSmallGroups(labelled) };
}

// A province's services: none very large, and many small ones whose fold outweighs each.
const SERVICES = breakdown("Layanan", "layanan", [
  ["1", "Pembayaran PKB", 30],
  ["2", "Balik nama", 25],
  ["3", "Legalisir ijazah", 20],
  ["4", "Rawat jalan", 10],
  ...Array.from({ length: 10 }, (_, index): [string, string, number] => [
    String(10 + index),
    `Layanan kecil ${index}`,
    index % 2 === 0 ? 3 : 4,
  ]),
  ...Array.from({ length: 8 }, (_, index): [string, string, number] => [
    String(30 + index),
    `Layanan sedang ${index}`,
    6,
  ]),
]);

describe("the caption and the key numbers of a profile chart", () => {
  it("agree on the largest service even when the fold of small ones is larger", () => {
    const fold = SERVICES.groups.find((group) => group.key === "gabungan-kecil")!;
    expect(fold.count).toBeGreaterThan(30);

    expect(profileFinding(SERVICES)).toBe("Layanan: terbanyak Pembayaran PKB (30 orang, 17,9%)");
    expect(profileKeyNumbers(SERVICES)).toBe(
      "Dari 168 responden: Pembayaran PKB 17,9%, Balik nama 14,9%, Legalisir ijazah 11,9%, " +
        "dan seterusnya; Gabungan kelompok kecil 20,8%.",
    );
  });

  it("chart the largest services, never letting the fold push one of them out", () => {
    const bars = chartGroups(SERVICES, 8).map((group) => group.label);
    expect(bars).toHaveLength(8);
    expect(bars.slice(0, 4)).toEqual([
      "Pembayaran PKB",
      "Balik nama",
      "Legalisir ijazah",
      "Rawat jalan",
    ]);
    expect(bars).not.toContain("Gabungan kelompok kecil");
  });

  it("put those who did not answer after the answers, and the fold last", () => {
    const education = breakdown("Pendidikan", "pendidikan", [
      ["sma", "SMA/SMK", 12],
      ["s1", "D4/S1", 20],
      ["s2", "S2", 3],
      ["s3", "S3", 2],
      [null, "Tidak menjawab", 40],
    ]);

    expect(profileFinding(education)).toBe("Pendidikan: terbanyak D4/S1 (20 orang, 26,0%)");
    expect(profileKeyNumbers(education)).toBe(
      "Dari 77 responden: D4/S1 26,0%, SMA/SMK 15,6%; Tidak menjawab 51,9%; " +
        "Gabungan kelompok kecil 6,5%.",
    );
    // Few enough to chart them all, in the questionnaire's order with the fold last.
    expect(chartGroups(education, 8).map((group) => group.label)).toEqual([
      "SMA/SMK",
      "D4/S1",
      "Tidak menjawab",
      "Gabungan kelompok kecil",
    ]);
  });

  it("never calls every answer small when the fold took in a larger one", () => {
    const sex = breakdown("Jenis kelamin", "jenis kelamin", [
      ["laki-laki", "Laki-laki", 20],
      ["perempuan", "Perempuan", 3],
      [null, "Tidak menjawab", 40],
    ]);

    expect(profileFinding(sex)).toBe(
      "Jenis kelamin: semua pilihan digabung agar penilai tidak bisa dikenali",
    );
    expect(profileKeyNumbers(sex)).toBe(
      "Dari 63 responden: Tidak menjawab 63,5%; Gabungan kelompok kecil 36,5%.",
    );
  });

  it("say so when no answer was chosen by five people", () => {
    const age = breakdown("Umur", "kelompok umur", [
      ["21-30", "21–30 tahun", 3],
      ["31-40", "31–40 tahun", 4],
      [null, "Tidak menjawab", 6],
    ]);

    expect(profileFinding(age)).toBe("Umur: tiap pilihan kurang dari 5 orang");
    expect(profileKeyNumbers(age)).toBe(
      "Dari 13 responden: Tidak menjawab 46,2%; Gabungan kelompok kecil 53,8%.",
    );
  });
});
